import { type StaffApplicationView } from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import {
  acceptedCase,
  act,
  FREE_A,
  FREE_B,
  staffView,
  staffWorld,
  submittedCase,
  type StaffWorld,
} from '../testing/world';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
});
afterAll(async () => {
  await w.t.close();
});

const approve = (who: typeof w.staffA, id: string, code: string, version: number, payload: unknown = {}) =>
  act(w, who, id, `items/${code}/approve`, version, payload);
const itemStatuses = (stored: unknown) =>
  (stored as { items: { code: string; status: string }[] }).items.map((i) => [i.code, i.status]);
const outboxKinds = (stored: unknown) => ((stored as { outbox?: { kind: string }[] }).outbox ?? []).map((e) => e.kind);

describe('parallel approval (并联审批)', () => {
  it.each([
    ['A then B', ['A', 'B']],
    ['B then A', ['B', 'A']],
  ])('approves a two-department case in either order (%s) → approved', async (_name, order) => {
    const accepted = await acceptedCase(w, [FREE_A, FREE_B]);
    let version = accepted.version;
    const by = { A: [w.staffA, FREE_A], B: [w.staffB, FREE_B] } as const;
    const [first, second] = order as ('A' | 'B')[];

    const one = await approve(by[first!][0], accepted.id, by[first!][1], version, { comment: '材料齐全' });
    expect(one.statusCode).toBe(200);
    expect(one.json<StaffApplicationView>().status).toBe('accepted');
    version = one.json<StaffApplicationView>().version;
    let stored = await storedCase(w.app, accepted.id);
    expect(stored?.status).toBe('accepted');
    expect(stored?.timeline.at(-1)).toMatchObject({ action: 'item_approved', actor: { role: 'staff' } });

    const two = await approve(by[second!][0], accepted.id, by[second!][1], version);
    expect(two.statusCode).toBe(200);
    expect(two.json<StaffApplicationView>().status).toBe('approved');
    stored = await storedCase(w.app, accepted.id);
    expect(stored).toMatchObject({ status: 'approved', version: accepted.version + 2 });
    expect(itemStatuses(stored)).toEqual([
      [FREE_A, 'approved'],
      [FREE_B, 'approved'],
    ]);
    expect(stored?.timeline.slice(-3).map((e: { action: string }) => e.action)).toEqual([
      'item_approved',
      'item_approved',
      'approved',
    ]);
    expect(outboxKinds(stored).filter((k) => k === 'approved')).toHaveLength(1);
  });

  it("refuses another department's item with 403 and an uninvolved department with 404; nothing changes", async () => {
    const accepted = await acceptedCase(w, [FREE_A, FREE_B]);
    const wrongDept = await approve(w.staffB, accepted.id, FREE_A, accepted.version);
    expect([wrongDept.statusCode, wrongDept.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const uninvolved = await approve(w.staffC, accepted.id, FREE_A, accepted.version);
    expect([uninvolved.statusCode, uninvolved.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const noItem = await approve(w.staffA, accepted.id, 'TEST-SIMPLE', accepted.version);
    expect([noItem.statusCode, noItem.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const stored = await storedCase(w.app, accepted.id);
    expect(stored).toMatchObject({ status: 'accepted', version: accepted.version });
    expect(itemStatuses(stored)).toEqual([
      [FREE_A, 'pending'],
      [FREE_B, 'pending'],
    ]);
  });

  it('refuses to decide an item twice (409) and before acceptance (409)', async () => {
    const accepted = await acceptedCase(w, [FREE_A, FREE_B]);
    const ok = await approve(w.staffA, accepted.id, FREE_A, accepted.version);
    const twice = await approve(w.staffA, accepted.id, FREE_A, ok.json<StaffApplicationView>().version);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'INVALID_STATE']);
    const stale = await approve(w.staffB, accepted.id, FREE_B, accepted.version);
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const submitted = await submittedCase(w, w.alice, [FREE_A, FREE_B]);
    const early = await approve(w.staffA, submitted.id, FREE_A, submitted.version);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(itemStatuses(await storedCase(w.app, submitted.id))).toEqual([
      [FREE_A, 'pending'],
      [FREE_B, 'pending'],
    ]);
  });

  it('denies: the item and the case are denied with the reason, and the clock stops', async () => {
    const accepted = await acceptedCase(w, [FREE_A, FREE_B]);
    const one = await approve(w.staffA, accepted.id, FREE_A, accepted.version);
    const res = await act(w, w.staffB, accepted.id, `items/${FREE_B}/deny`, one.json<StaffApplicationView>().version, {
      reason: '不符合法定条件',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffApplicationView>().status).toBe('denied');
    const stored = await storedCase(w.app, accepted.id);
    expect(stored?.status).toBe('denied');
    expect(stored?.concludedAt).toBeInstanceOf(Date);
    expect(itemStatuses(stored)).toEqual([
      [FREE_A, 'approved'],
      [FREE_B, 'denied'],
    ]);
    expect(stored?.timeline.slice(-2)).toMatchObject([
      { action: 'item_denied', note: '测试乙事项：不符合法定条件' },
      { action: 'denied', note: '不符合法定条件' },
    ]);
    expect(outboxKinds(stored)).toContain('denied');
    const after = await staffView(w, w.staffA, accepted.id);
    expect(after.deadline).not.toBeNull();
    const approveAfter = await approve(w.staffA, accepted.id, FREE_A, after.version);
    expect(approveAfter.statusCode).toBe(409);
  });
});
