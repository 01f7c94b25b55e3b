import { type ApplicationView, type Material, type StaffApplicationView, type StaffQueue } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { ifMatch, newKey, simpleItem, storedCase, uploadOf } from '../../applications/testing/cases';
import { remindGapsOnce, type ApplicationRecord } from '../../applications';
import { act, DEPT_B, FREE_A, hallClerk, setStored, staffWorld, type StaffWorld } from '../testing/world';
import { type LoggedIn } from '../../../../test/helpers/login-as';

/** 容缺受理 and 告知承诺 online: sign, submit with gaps, accept, remind, supply, issue; 核查. */

let w: StaffWorld;
/** 综合窗口: accepts DEPT_B's cases, so DEPT_B's window may decide them (受审分离). */
let front: LoggedIn;
/** DEPT_B's 告知承诺 item: the fire certificate is replaced by the signed commitment; issue may go before gaps. */
const PROMISE = 'TEST-PROMISE';
const promised: Material = {
  code: 'fire_cert',
  name: '消防安全检查合格证明',
  category: '中介服务类',
  required: true,
  gapAllowed: false,
  formats: ['pdf'],
  satisfiedBy: 'commitment',
};
const gapAfterIssue: Material = {
  ...promised,
  code: 'staff_cert',
  name: '从业人员证书',
  satisfiedBy: undefined,
  gapAllowed: true,
};

beforeAll(async () => {
  w = await staffWorld();
  front = await hallClerk(w, 'cm_front', 'comprehensive');
  await putItem(
    w.app.db,
    PROMISE,
    simpleItem({
      name: '测试承诺事项',
      department: DEPT_B,
      fee: { amount: 0 },
      materials: [promised, gapAfterIssue],
      commitment: { text: '本人承诺消防安全符合要求，接受事后核查。', gapDays: 2, issueBeforeGaps: true },
    }),
  );
});
afterAll(async () => {
  await w.t.close();
});

/** A filled draft of alice for `code` with every material but the gap and promised ones. */
async function draft(code = FREE_A): Promise<ApplicationView> {
  let view = (await w.call(w.alice, 'POST', '/applications', { payload: { items: [code] } })).json<ApplicationView>();
  view = (
    await w.call(w.alice, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '测试' }, delivery: { method: 'window' } },
    })
  ).json<ApplicationView>();
  for (const m of view.materials.filter((x) => x.required && !x.gapAllowed && !x.satisfiedBy)) {
    view = (
      await w.call(w.alice, 'PUT', `/applications/${view.id}/materials/${m.code}`, {
        headers: ifMatch(view.version),
        payload: { uploadIds: [await uploadOf(w.app, w.alice)] },
      })
    ).json<ApplicationView>();
  }
  return view;
}
const submit = (id: string) =>
  w.call(w.alice, 'POST', `/applications/${id}/submit`, { headers: { 'idempotency-key': newKey() } });
const sign = (id: string, version: number, who = w.alice, payload: unknown = { how: 'app' }) =>
  w.call(who, 'PUT', `/applications/${id}/commitment`, { headers: ifMatch(version), payload });
const queue = async (who: typeof w.staffA, stage: string) =>
  (await w.call(who, 'GET', `/staff/applications?stage=${stage}`)).json<StaffQueue>();

/** Signed, submitted and accepted by staffA2; the staff view. */
async function acceptedWithGap(code = FREE_A, by = w.staffA2): Promise<StaffApplicationView> {
  const view = await draft(code);
  const signed = (await sign(view.id, view.version)).json<ApplicationView>();
  expect((await submit(view.id)).statusCode).toBe(200);
  const res = await act(w, by, view.id, 'accept', signed.version + 1, {});
  expect(res.statusCode).toBe(200);
  return res.json<StaffApplicationView>();
}

describe('signing the 承诺书 (PUT /applications/:id/commitment)', () => {
  it('lets a gapAllowed material stay missing at submit only once signed; withdrawing asks for it again', async () => {
    const view = await draft();
    expect(view.commitmentOffer).toMatchObject({ gapDays: 3, issueBeforeGaps: false, gapMaterials: ['proof'] });
    const unsigned = await submit(view.id);
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().error.details).toContainEqual({
      materialCode: 'proof',
      reason: expect.stringContaining('承诺书'),
    });

    const signed = await sign(view.id, view.version);
    expect(signed.statusCode).toBe(200);
    expect(signed.json<ApplicationView>().commitment).toMatchObject({
      how: 'app',
      recordedBy: { role: 'resident' },
      texts: [{ itemName: '测试甲事项', text: expect.stringContaining('居住证明') }],
    });
    const withdrawn = await w.call(w.alice, 'DELETE', `/applications/${view.id}/commitment`, {
      headers: ifMatch(signed.json<ApplicationView>().version),
    });
    expect(withdrawn.json<ApplicationView>().commitment).toBeUndefined();
    expect((await submit(view.id)).statusCode).toBe(422);
    const again = await sign(view.id, withdrawn.json<ApplicationView>().version);
    expect(again.statusCode).toBe(200);
    expect((await submit(view.id)).statusCode).toBe(200);
  });

  it('is refused for another person (404), a stale version (409), paper from the applicant (400) and a submitted case (409)', async () => {
    const view = await draft();
    expect((await sign(view.id, view.version, w.bob)).statusCode).toBe(404);
    expect((await sign(view.id, view.version + 5)).statusCode).toBe(409);
    const paper = await sign(view.id, view.version, w.alice, { how: 'paper', uploadId: 'a'.repeat(24) });
    expect([paper.statusCode, paper.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const bad = await sign(view.id, view.version, w.alice, { how: 'app', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect((await storedCase(w.app, view.id))?.commitment).toBeUndefined();
    const signed = (await sign(view.id, view.version)).json<ApplicationView>();
    await submit(view.id);
    const late = await sign(view.id, signed.version + 1);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('is refused (409) for a case none of whose items offers a commitment', async () => {
    const created = await w.call(w.alice, 'POST', '/applications', { payload: { items: ['TEST-FREE-B'] } });
    const view = created.json<ApplicationView>();
    expect(view.commitmentOffer).toBeUndefined();
    const res = await sign(view.id, view.version);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });
});

describe('容缺受理 after a signed commitment', () => {
  it('accepts with the missing gap materials as gaps, due by the commitment’s working days, shown on the case', async () => {
    const accepted = await acceptedWithGap();
    expect(accepted.gaps).toEqual(['proof']);
    expect(accepted.gapsDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const mine = (await w.call(w.alice, 'GET', `/applications/${accepted.id}`)).json<ApplicationView>();
    expect(mine.gapList).toEqual([{ materialCode: 'proof', name: '居住证明', due: accepted.gapsDue, overdue: false }]);
    expect(mine.commitmentOffer).toBeUndefined();
  });

  it('reminds once before the deadline, with a message and a timeline entry', async () => {
    const accepted = await acceptedWithGap();
    const dayBefore = new Date(`${accepted.gapsDue}T09:00:00+08:00`).getTime() - 86_400_000;
    expect(await remindGapsOnce(w.app, new Date(dayBefore - 86_400_000))).toBe(0);
    expect(await remindGapsOnce(w.app, new Date(dayBefore))).toBeGreaterThanOrEqual(1);
    const stored = (await storedCase(w.app, accepted.id)) as ApplicationRecord | null;
    expect(stored?.timeline.filter((e) => e.action === 'gap_reminded')).toHaveLength(1);
    expect(stored?.outbox?.filter((e) => e.kind === 'gap_reminder')).toEqual([
      expect.objectContaining({ extra: expect.objectContaining({ note: expect.stringContaining('居住证明') }) }),
    ]);
    await remindGapsOnce(w.app, new Date(dayBefore + 3_600_000));
    const again = (await storedCase(w.app, accepted.id)) as ApplicationRecord | null;
    expect(again?.timeline.filter((e) => e.action === 'gap_reminded')).toHaveLength(1);
  });

  it('blocks the issue while open, and past its day shows red in the gaps queue and blocks it as overdue', async () => {
    const accepted = await acceptedWithGap();
    const approved = await act(w, w.staffA, accepted.id, 'items/TEST-FREE-A/approve', accepted.version, {});
    const version = approved.json<StaffApplicationView>().version;
    const open = await act(w, w.staffA, accepted.id, 'issue', version, { certificateNo: '测试001' });
    expect([open.statusCode, open.json().error.message]).toEqual([409, expect.stringContaining('尚未补齐')]);

    const row = (await queue(w.staffA, 'gaps')).items.find((r) => r.id === accepted.id);
    expect(row).toMatchObject({ light: expect.stringMatching(/green|yellow/) });
    await setStored(w, accepted.id, { gapsDue: '2020-01-02' });
    const overdue = await act(w, w.staffA, accepted.id, 'issue', version, { certificateNo: '测试001' });
    expect([overdue.statusCode, overdue.json().error.message]).toEqual([409, expect.stringContaining('逾期')]);
    expect((await queue(w.staffA, 'gaps')).items.find((r) => r.id === accepted.id)).toMatchObject({ light: 'red' });
    expect((await queue(w.staffA, 'gaps&light=red')).items.map((r) => r.id)).toContain(accepted.id);
    // Another department's queue does not show it.
    expect((await queue(w.staffC, 'gaps')).items.map((r) => r.id)).not.toContain(accepted.id);
    expect((await storedCase(w.app, accepted.id))?.status).toBe('approved');
  });

  it('closes the gap with an upload, after which the certificate is issued', async () => {
    const accepted = await acceptedWithGap();
    const approved = await act(w, w.staffA, accepted.id, 'items/TEST-FREE-A/approve', accepted.version, {});
    const supplied = await w.call(w.alice, 'PUT', `/applications/${accepted.id}/materials/proof`, {
      headers: ifMatch(approved.json<StaffApplicationView>().version),
      payload: { uploadIds: [await uploadOf(w.app, w.alice)] },
    });
    expect(supplied.statusCode).toBe(200);
    expect(supplied.json<ApplicationView>().gapList).toBeUndefined();
    const issued = await act(w, w.staffA, accepted.id, 'issue', supplied.json<ApplicationView>().version, {
      certificateNo: '测试002',
    });
    expect(issued.statusCode).toBe(200);
    expect((await queue(w.staffA, 'gaps')).items.map((r) => r.id)).not.toContain(accepted.id);
  });
});

describe('告知承诺制 and 核查', () => {
  it('replaces the promised material by the commitment; issue goes before the gap; the department checks it afterwards', async () => {
    const view = await draft(PROMISE);
    expect(view.commitmentOffer).toMatchObject({ promisedMaterials: ['fire_cert'], gapMaterials: ['staff_cert'] });
    const signed = (await sign(view.id, view.version)).json<ApplicationView>();
    expect(signed.materials.find((m) => m.code === 'fire_cert')?.heldBy).toMatchObject({ kind: 'commitment' });
    expect((await submit(view.id)).statusCode).toBe(200);
    const accepted = (await act(w, front, view.id, 'accept', signed.version + 1, {})).json<StaffApplicationView>();
    expect(accepted.verification).toEqual({ pending: [DEPT_B], checks: [] });
    expect((await queue(w.staffB, 'verification')).items.map((r) => r.id)).toContain(view.id);
    expect((await queue(w.staffA, 'verification')).items.map((r) => r.id)).not.toContain(view.id);

    const approved = await act(w, w.staffB, view.id, 'items/TEST-PROMISE/approve', accepted.version, {});
    const issued = await act(w, w.staffB, view.id, 'issue', approved.json<StaffApplicationView>().version, {
      certificateNo: '承诺001',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json<StaffApplicationView>().gaps).toEqual(['staff_cert']);
    // The gap stays open past issue and can still be closed.
    const mine = (await w.call(w.alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    const closed = await w.call(w.alice, 'PUT', `/applications/${view.id}/materials/staff_cert`, {
      headers: ifMatch(mine.version),
      payload: { uploadIds: [await uploadOf(w.app, w.alice)] },
    });
    expect(closed.statusCode).toBe(200);

    const version = closed.json<ApplicationView>().version;
    // A department not involved does not see the case at all.
    const wrongDept = await act(w, w.staffA, view.id, 'verification', version, { result: 'confirmed' });
    expect(wrongDept.statusCode).toBe(404);
    const checked = await act(w, w.staffB, view.id, 'verification', version, {
      result: 'false_promise',
      note: '现场无灭火器',
    });
    expect(checked.statusCode).toBe(200);
    expect(checked.json<StaffApplicationView>().verification).toMatchObject({
      pending: [],
      checks: [{ department: DEPT_B, result: 'false_promise', note: '现场无灭火器' }],
    });
    expect((await queue(w.staffB, 'verification')).items.map((r) => r.id)).not.toContain(view.id);
    const twice = await act(w, w.staffB, view.id, 'verification', checked.json<StaffApplicationView>().version, {
      result: 'confirmed',
    });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });
});
