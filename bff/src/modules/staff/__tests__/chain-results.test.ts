import { type ApplicationView, type StaffApplicationView, type StaffQueue } from '@onetrip/shared';
import { type ApplicationRecord } from '../../applications';
import { storedCase as rawStored } from '../../applications/testing/cases';
import { licenceModel } from '../../applications/licence.model';
import { act, hallClerk, staffView, staffWorld, type StaffWorld } from '../testing/world';
import {
  acceptedChainCase,
  addChains,
  FREE,
  onItem,
  SOURCE,
  submittedChainCase,
  TWO,
  USE,
} from '../testing/chain-world';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
  await addChains(w);
});
afterAll(async () => {
  await w.t.close();
});

const storedCase = async (app: StaffWorld['app'], id: string) =>
  (await rawStored(app, id)) as unknown as ApplicationRecord | null;
const ok = (res: { statusCode: number; body: string }) => {
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return (res as unknown as { json: <T>() => T }).json<StaffApplicationView>();
};
const statuses = (items: { code: string; status: string }[] | undefined) =>
  Object.fromEntries((items ?? []).map((i) => [i.code, i.status]));

describe('一链办理: a later item takes an earlier item’s result', () => {
  it('does not ask for the licence the chain’s first item issues: held by the chain, submitted without it', async () => {
    const view = await submittedChainCase(w, w.alice);
    const permit = view.materials.find((m) => m.code === 'permit');
    expect(permit).toMatchObject({
      uploadIds: [],
      heldBy: { kind: 'chain', itemCode: SOURCE, itemName: '测试甲证核发', type: '甲证' },
    });
    expect(view.status).toBe('submitted');
    expect(view.items.find((i) => i.code === USE)?.dependsOn).toEqual([SOURCE]);
    expect(view.items.find((i) => i.code === FREE)?.dependsOn).toBeUndefined();
    const stored = await storedCase(w.app, view.id);
    expect(stored?.materials.find((m) => m.code === 'permit')?.uploadIds).toEqual([]);
  });

  it('refuses (409) to approve an item before the earlier item it takes from; then approves in order', async () => {
    const accepted = await acceptedChainCase(w);
    const early = await onItem(w, w.staffB, accepted.id, USE, 'approve', accepted.version);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(early.json().error.message).toContain('测试甲证核发');
    expect(statuses((await storedCase(w.app, accepted.id))?.items)).toEqual({
      [SOURCE]: 'pending',
      [USE]: 'pending',
      [FREE]: 'pending',
    });
    let v = ok(await onItem(w, w.staffB, accepted.id, FREE, 'approve', accepted.version)).version;
    v = ok(await onItem(w, w.staffA, accepted.id, SOURCE, 'approve', v)).version;
    const last = ok(await onItem(w, w.staffB, accepted.id, USE, 'approve', v));
    expect(last.status).toBe('approved');
  });
});

describe('each item its own result', () => {
  it('issues each approved item’s own certificate number, and each item’s licence carries its own', async () => {
    const accepted = await acceptedChainCase(w, TWO);
    let v = ok(await onItem(w, w.staffA, accepted.id, SOURCE, 'approve', accepted.version)).version;
    v = ok(await onItem(w, w.staffB, accepted.id, USE, 'approve', v)).version;
    const missing = await act(w, w.staffA, accepted.id, 'issue', v, {
      certificates: [{ code: SOURCE, certificateNo: '甲证字001' }],
    });
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(missing.json().error.message).toContain('测试乙证核发');
    expect((await storedCase(w.app, accepted.id))?.status).toBe('approved');
    const issued = ok(
      await act(w, w.staffA, accepted.id, 'issue', v, {
        certificates: [
          { code: SOURCE, certificateNo: '甲证字001' },
          { code: USE, certificateNo: '乙证字002' },
        ],
      }),
    );
    expect(issued.status).toBe('ready_for_pickup');
    expect(issued.items.map((i) => [i.code, i.certificateNo])).toEqual([
      [SOURCE, '甲证字001'],
      [USE, '乙证字002'],
    ]);
    const licences = await licenceModel(w.app.db).find({ caseId: accepted.id }).lean();
    expect(licences.map((l) => [l.itemCode, l.type, l.number]).sort()).toEqual([
      [SOURCE, '甲证', '甲证字001'],
      [USE, '乙证', '乙证字002'],
    ]);
    const resident = (await w.call(w.alice, 'GET', `/applications/${accepted.id}`)).json<ApplicationView>();
    expect(resident.items.map((i) => i.certificateNo)).toEqual(['甲证字001', '乙证字002']);
  });

  it('keeps `{certificateNo}` of API.md: every approved item gets that one number', async () => {
    const accepted = await acceptedChainCase(w, TWO);
    let v = ok(await onItem(w, w.staffA, accepted.id, SOURCE, 'approve', accepted.version)).version;
    v = ok(await onItem(w, w.staffB, accepted.id, USE, 'approve', v)).version;
    const issued = ok(await act(w, w.staffA, accepted.id, 'issue', v, { certificateNo: '联办字003' }));
    expect(issued.items.map((i) => i.certificateNo)).toEqual(['联办字003', '联办字003']);
    expect(issued.certificateNo).toBe('联办字003');
  });
});

describe('a denied item ends that item only; the lead department decides on the rest', () => {
  it('goes on after the lead’s go-on: the others are approved and issued with their own numbers', async () => {
    const accepted = await acceptedChainCase(w);
    const denied = ok(await onItem(w, w.staffB, accepted.id, FREE, 'deny', accepted.version));
    expect(denied.status).toBe('accepted');
    expect(denied.awaitingChainDecision).toBe(true);
    expect(denied.items.find((i) => i.code === FREE)).toMatchObject({ status: 'denied', denyReason: '不符合条件' });
    // The lead department finds it in its approval queue although its own item may be decided later.
    const queue = (await w.call(w.staffA, 'GET', '/staff/applications?stage=approval')).json<StaffQueue>();
    expect(queue.items.map((r) => r.id)).toContain(accepted.id);

    let v = ok(await onItem(w, w.staffA, accepted.id, SOURCE, 'approve', denied.version)).version;
    v = ok(await onItem(w, w.staffB, accepted.id, USE, 'approve', v)).version;
    // Every item is decided, but the denial waits for the lead: not approved yet.
    expect((await storedCase(w.app, accepted.id))?.status).toBe('accepted');
    const goOn = ok(await act(w, w.staffA, accepted.id, 'chain-decision', v, { goOn: true }));
    expect(goOn).toMatchObject({ status: 'approved', chainDecision: { goOn: true, covers: [FREE] } });
    expect(goOn.awaitingChainDecision).toBeUndefined();
    const notAllowed = await act(w, w.staffA, accepted.id, 'issue', goOn.version, {
      certificates: [
        { code: SOURCE, certificateNo: 'A-1' },
        { code: USE, certificateNo: 'B-1' },
        { code: FREE, certificateNo: 'C-1' },
      ],
    });
    expect([notAllowed.statusCode, notAllowed.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const issued = ok(
      await act(w, w.staffA, accepted.id, 'issue', goOn.version, {
        certificates: [
          { code: SOURCE, certificateNo: 'A-1' },
          { code: USE, certificateNo: 'B-1' },
        ],
      }),
    );
    expect(issued.items.map((i) => [i.code, i.status, i.certificateNo ?? null])).toEqual([
      [SOURCE, 'approved', 'A-1'],
      [USE, 'approved', 'B-1'],
      [FREE, 'denied', null],
    ]);
    const stored = await storedCase(w.app, accepted.id);
    expect(stored?.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['item_denied', 'chain_go_on']));
    const licences = await licenceModel(w.app.db).find({ caseId: accepted.id }).lean();
    expect(licences.map((l) => l.number).sort()).toEqual(['A-1', 'B-1']);
  });

  it('ends the items that take the denied item’s result; a stop denies the case', async () => {
    const accepted = await acceptedChainCase(w);
    const denied = ok(await onItem(w, w.staffA, accepted.id, SOURCE, 'deny', accepted.version));
    expect(statuses(denied.items)).toEqual({ [SOURCE]: 'denied', [USE]: 'denied', [FREE]: 'pending' });
    expect(denied.items.find((i) => i.code === USE)?.denyReason).toContain('测试甲证核发');
    expect(denied.awaitingChainDecision).toBe(true);
    const noReason = await act(w, w.staffA, accepted.id, 'chain-decision', denied.version, { goOn: false });
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const stop = ok(
      await act(w, w.staffA, accepted.id, 'chain-decision', denied.version, { goOn: false, reason: '无法开办' }),
    );
    expect(stop).toMatchObject({ status: 'denied', chainDecision: { goOn: false, reason: '无法开办' } });
    const stored = await storedCase(w.app, accepted.id);
    expect(stored?.concludedAt).toBeInstanceOf(Date);
    expect(stored?.timeline.slice(-2).map((e) => e.action)).toEqual(['chain_stopped', 'denied']);
    expect((stored?.outbox ?? []).map((e) => e.kind)).toContain('denied');
    const again = await act(w, w.staffA, accepted.id, 'chain-decision', stop.version, { goOn: true });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('denies the case at once when nothing is left (the only other item took the denied one’s result)', async () => {
    const accepted = await acceptedChainCase(w, TWO);
    const denied = ok(await onItem(w, w.staffA, accepted.id, SOURCE, 'deny', accepted.version));
    expect(denied.status).toBe('denied');
    expect(statuses(denied.items)).toEqual({ [SOURCE]: 'denied', [USE]: 'denied' });
  });

  it('lets only the lead department decide: another department 403, an uninvolved one 404, no decision without a denial 409', async () => {
    const accepted = await acceptedChainCase(w);
    const none = await act(w, w.staffA, accepted.id, 'chain-decision', accepted.version, { goOn: true });
    expect([none.statusCode, none.json().error.code]).toEqual([409, 'INVALID_STATE']);
    const denied = ok(await onItem(w, w.staffB, accepted.id, FREE, 'deny', accepted.version));
    const other = await act(w, w.staffB, accepted.id, 'chain-decision', denied.version, { goOn: true });
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const stranger = await act(w, w.staffC, accepted.id, 'chain-decision', denied.version, { goOn: true });
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const clerk = await hallClerk(w, 'chain_results_clerk', 'results');
    const results = await act(w, clerk, accepted.id, 'chain-decision', denied.version, { goOn: true });
    expect([results.statusCode, results.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const resident = await w.call(w.bob, 'POST', `/staff/applications/${accepted.id}/chain-decision`, {
      headers: { 'if-match': `"${denied.version}"` },
      payload: { goOn: true },
    });
    expect(resident.statusCode).toBe(403);
    const stale = await act(w, w.staffA, accepted.id, 'chain-decision', accepted.version, { goOn: true });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const after = await storedCase(w.app, accepted.id);
    expect(after?.chainDecision).toBeUndefined();
    expect(after?.version).toBe(denied.version);
    expect((await staffView(w, w.staffA, accepted.id)).awaitingChainDecision).toBe(true);
  });
});
