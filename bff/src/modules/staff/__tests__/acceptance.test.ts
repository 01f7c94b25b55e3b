import { addWorkingDays, HOLIDAYS_2026, type ApplicationView, type StaffApplicationView } from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import { act, FREE_A, staffWorld, submittedCase, type StaffWorld } from '../testing/world';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
});
afterAll(async () => {
  await w.t.close();
});

const actions = (stored: unknown) => (stored as { timeline: { action: string }[] }).timeline.map((e) => e.action);
const outboxKinds = (stored: unknown) => ((stored as { outbox?: { kind: string }[] }).outbox ?? []).map((e) => e.kind);
const calendars = [HOLIDAYS_2026];

describe('POST /staff/applications/:id/accept', () => {
  it('returns one 200 and one 409 when two staff accept the same case at once, with one timeline event', async () => {
    const view = await submittedCase(w, w.alice);
    const results = await Promise.all([w.staffA, w.staffA2].map((s) => act(w, s, view.id, 'accept', view.version, {})));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('VERSION_CONFLICT');
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ status: 'accepted', version: view.version + 1 });
    expect(actions(stored).filter((a) => a === 'accepted')).toHaveLength(1);
    expect(outboxKinds(stored).filter((k) => k === 'accepted')).toHaveLength(1);
    expect(stored?.acceptedAt).toBeInstanceOf(Date);
  });

  it('starts the clock: the deadline is the acceptance plus the promised working days, also for the applicant', async () => {
    const view = await submittedCase(w, w.alice);
    expect(view.deadline).toBeNull();
    const res = await act(w, w.staffA, view.id, 'accept', view.version, {});
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${view.version + 1}"`);
    const acceptedAt = (await storedCase(w.app, view.id))?.acceptedAt as Date;
    const due = addWorkingDays(acceptedAt, 3, calendars).toISOString();
    expect(res.json<StaffApplicationView>()).toMatchObject({
      status: 'accepted',
      deadline: { dueAt: due, paused: false },
      acceptance: null,
    });
    const mine = (await w.call(w.alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(mine.deadline).toMatchObject({ dueAt: due, light: 'green', paused: false });
    const audit = await w.app.db.collection('audit_logs').findOne({ action: 'case.accepted', caseId: view.id });
    expect(audit?.actor).toMatchObject({ role: 'staff' });
  });

  it('accepts with gaps on gapAllowed materials only; others and unknown codes are 400 and change nothing', async () => {
    const view = await submittedCase(w, w.alice);
    for (const gaps of [['id_card'], ['nothing_here'], ['proof', 'id_card']]) {
      const res = await act(w, w.staffA, view.id, 'accept', view.version, { gaps });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'submitted', version: view.version });
    const ok = await act(w, w.staffA, view.id, 'accept', view.version, { gaps: ['proof', 'photo'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<StaffApplicationView>().gaps).toEqual(['proof', 'photo']);
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ status: 'accepted', gaps: ['proof', 'photo'] });
    expect(stored?.timeline.at(-1)).toMatchObject({
      action: 'accepted',
      note: expect.stringMatching(/^容缺受理，待补：居住证明、照片（\d{4}-\d{2}-\d{2}前）$/),
    });
    const mine = (await w.call(w.alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(mine.gaps).toEqual(['proof', 'photo']);
  });

  it('needs If-Match (400), refuses a stale one (409) and a case not submitted (409 INVALID_STATE)', async () => {
    const view = await submittedCase(w, w.alice);
    const missing = await act(w, w.staffA, view.id, 'accept', null, {});
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const stale = await act(w, w.staffA, view.id, 'accept', view.version - 1, {});
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect((await storedCase(w.app, view.id))?.version).toBe(view.version);
    expect((await act(w, w.staffA, view.id, 'accept', view.version, {})).statusCode).toBe(200);
    const again = await act(w, w.staffA, view.id, 'accept', view.version + 1, {});
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await storedCase(w.app, view.id))?.version).toBe(view.version + 1);
  });
});

describe('POST /staff/applications/:id/reject', () => {
  it('rejects a submitted case with the reason', async () => {
    const view = await submittedCase(w, w.alice, [FREE_A]);
    const res = await act(w, w.staffA, view.id, 'reject', view.version, { reason: '不属于本中心受理范围' });
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffApplicationView>()).toMatchObject({
      status: 'rejected',
      rejectReason: '不属于本中心受理范围',
    });
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ status: 'rejected', rejectReason: '不属于本中心受理范围' });
    expect(stored?.timeline.at(-1)).toMatchObject({
      action: 'rejected',
      actor: { role: 'staff' },
      note: '不属于本中心受理范围',
    });
    expect(outboxKinds(stored)).toContain('rejected');
    const empty = await act(w, w.staffA, view.id, 'reject', view.version + 1, { reason: ' ' });
    expect(empty.statusCode).toBe(400);
    const again = await act(w, w.staffA, view.id, 'reject', view.version + 1, { reason: '重复' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });
});
