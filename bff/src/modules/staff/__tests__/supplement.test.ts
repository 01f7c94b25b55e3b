import {
  addWorkingDays,
  deemedAcceptanceDue,
  HOLIDAYS_2026,
  workingDaysBetween,
  type ApplicationView,
  type StaffApplicationView,
} from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import { act, daysAgo, setStored, staffView, staffWorld, submittedCase, type StaffWorld } from '../testing/world';

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

describe('POST /staff/applications/:id/supplement', () => {
  const problems = [
    { materialCode: 'id_card', reason: '身份证照片不清晰，请重新拍摄' },
    { field: 'purpose', reason: '用途请写明具体事由' },
  ];

  it('stores one notice with both problems, pauses the clock, and refuses a second notice in the round', async () => {
    const view = await submittedCase(w, w.alice);
    const res = await act(w, w.staffA, view.id, 'supplement', view.version, { problems });
    expect(res.statusCode).toBe(200);
    const staffSide = res.json<StaffApplicationView>();
    expect(staffSide).toMatchObject({ status: 'supplement_required', acceptance: { paused: true } });
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ status: 'supplement_required', version: view.version + 1 });
    expect(stored?.notices).toHaveLength(1);
    expect(stored?.notices[0].problems).toEqual(problems);
    expect(stored?.pauses).toHaveLength(1);
    expect(stored?.pauses[0].from).toBeInstanceOf(Date);
    expect(stored?.pauses[0].to).toBeUndefined();
    expect(actions(stored).at(-1)).toBe('supplement_requested');
    expect(outboxKinds(stored)).toContain('supplement_required');

    const mine = (await w.call(w.alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(mine.notices[0]?.problems).toEqual(problems);

    const second = await act(w, w.staffA2, view.id, 'supplement', view.version + 1, { problems: [problems[0]] });
    expect([second.statusCode, second.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await storedCase(w.app, view.id))?.notices).toHaveLength(1);
  });

  it('refuses problems naming nothing of the case (400), and an empty list (400)', async () => {
    const view = await submittedCase(w, w.alice);
    for (const body of [
      { problems: [] },
      { problems: [{ reason: '不清楚' }] },
      {
        problems: [
          { materialCode: 'marriage_cert', reason: '缺少' },
          { field: 'income', reason: '缺少' },
        ],
      },
    ]) {
      const res = await act(w, w.staffA, view.id, 'supplement', view.version, body);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'submitted', notices: [], version: view.version });
  });

  it('resubmission closes the pause and moves the acceptance due date by the paused working days', async () => {
    const view = await submittedCase(w, w.alice);
    await act(w, w.staffA, view.id, 'supplement', view.version, { problems });
    const submittedAt = daysAgo(12);
    const pausedFrom = daysAgo(9);
    await setStored(w, view.id, { submittedAt, 'pauses.0.from': pausedFrom });

    const res = await w.call(w.alice, 'POST', `/applications/${view.id}/resubmit`);
    expect(res.statusCode).toBe(200);
    const stored = await storedCase(w.app, view.id);
    expect(stored?.status).toBe('submitted');
    const resumedAt = stored?.pauses[0].to as Date;
    expect(Date.now() - resumedAt.getTime()).toBeLessThan(60_000);

    // Every working day from the notice's day to today (the day of resubmission) is left out.
    const paused = workingDaysBetween(daysAgo(1, pausedFrom), resumedAt, calendars);
    const expected = addWorkingDays(submittedAt, 5 + paused, calendars);
    const seen = await staffView(w, w.staffA, view.id);
    expect(seen.acceptance).toEqual({ dueAt: expected.toISOString(), light: expect.any(String), paused: false });
    expect(new Date(seen.acceptance?.dueAt ?? 0).getTime()).toBeGreaterThan(
      deemedAcceptanceDue(submittedAt, calendars).getTime(),
    );

    // A new round: a new notice is allowed again.
    const next = await act(w, w.staffA, view.id, 'supplement', seen.version, { problems: [problems[0]] });
    expect(next.statusCode).toBe(200);
    expect((await storedCase(w.app, view.id))?.notices).toHaveLength(2);
  });

  it('pauses before acceptance do not change the time limit, which starts at acceptance', async () => {
    const view = await submittedCase(w, w.alice);
    await act(w, w.staffA, view.id, 'supplement', view.version, { problems });
    await w.call(w.alice, 'POST', `/applications/${view.id}/resubmit`);
    const seen = await staffView(w, w.staffA, view.id);
    const res = await act(w, w.staffA, view.id, 'accept', seen.version, {});
    const acceptedAt = (await storedCase(w.app, view.id))?.acceptedAt as Date;
    expect(res.json<StaffApplicationView>().deadline?.dueAt).toBe(
      addWorkingDays(acceptedAt, 3, calendars).toISOString(),
    );
  });
});
