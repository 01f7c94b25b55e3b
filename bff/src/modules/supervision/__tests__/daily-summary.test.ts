import { addWorkingDays, isWorkingDay } from '@onetrip/shared';
import { sendDailySummaries, sendStaffMessagesOnce } from '..';
import { messagesTo } from '../../notifications/testing/outbox-world';
import { acceptedCase, act, daysAgo, DEPT_A, DEPT_B, DEPT_C, FREE_A, FREE_B } from '../../staff/testing/world';
import { staffMessageModel, summaryModel } from '../staff-message.model';
import { acceptedAt, headOf, supervisionWorld, type SupervisionWorld } from '../testing/world';
import { type LoggedIn } from '../../../../test/helpers/login-as';

let w: SupervisionWorld;
let secondHeadA: LoggedIn;

/** 09:00 and 07:00 Beijing on the next working day after today, and the first day off after today. */
let morning: Date;
let early: Date;
let dayOff: Date;

const atBeijing = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const beijingDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  w = await supervisionWorld('svs');
  secondHeadA = await headOf(w, 'svs_head_a2', DEPT_A);
  const next = beijingDay(addWorkingDays(new Date(), 1, w.calendars));
  [morning, early] = [atBeijing(next, 9), atBeijing(next, 7)];
  let off = new Date();
  while (isWorkingDay(off, w.calendars)) off = new Date(off.getTime() + 86_400_000);
  dayOff = atBeijing(beijingDay(off), 10);

  // DEPT_A: one case far over its time, and one concluded today (on time): the summary reports it.
  await acceptedAt(w, [FREE_A], daysAgo(30));
  const toIssue = await acceptedCase(w, [FREE_A]);
  const approved = await act(w, w.staffA, toIssue.id, `items/${FREE_A}/approve`, toIssue.version, {});
  await act(w, w.staffA, toIssue.id, 'issue', approved.json<{ version: number }>().version, { certificateNo: 'SV-S1' });
  // DEPT_B: one just accepted.
  await acceptedCase(w, [FREE_B], w.staffB);
});
afterAll(async () => {
  await w.t.close();
});

describe('the daily summary to the departments’ heads', () => {
  it('waits for a working day’s morning', async () => {
    expect(await sendDailySummaries(w.app, dayOff)).toEqual({ sent: 0, skipped: 'not_working_day' });
    expect(await sendDailySummaries(w.app, early)).toEqual({ sent: 0, skipped: 'too_early' });
    expect(await summaryModel(w.app.db).countDocuments()).toBe(0);
    expect(await staffMessageModel(w.app.db).countDocuments()).toBe(0);
  });

  it('sends each department with a head its figures once, to every head, however often and by however many copies it runs', async () => {
    const runs = await Promise.all([
      sendDailySummaries(w.app, morning),
      sendDailySummaries(w.app, morning),
      sendDailySummaries(w.app, new Date(morning.getTime() + 3_600_000)),
    ]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(await sendDailySummaries(w.app, new Date(morning.getTime() + 7_200_000))).toEqual({ sent: 0 });

    const date = beijingDay(morning);
    const summaries = await summaryModel(w.app.db).find({}).sort({ department: 1 }).lean();
    const of = (department: string) => summaries.find((s) => s.department === department);
    expect(summaries).toHaveLength(2);
    // The case concluded today is on the working day before the morning's (today, or the days off since).
    expect(of(DEPT_A)).toMatchObject({
      _id: `${date}:${DEPT_A}`,
      open: 2,
      red: 1,
      yellow: 0,
      finished: 1,
      onTime: 1,
      heads: 2,
    });
    expect(of(DEPT_B)).toMatchObject({ open: 1, red: 0, finished: 0, heads: 1 });

    const messages = await staffMessageModel(w.app.db).find({ kind: 'daily_summary' }).lean();
    expect(messages.map((m) => m.userId).sort()).toEqual([w.headA.userId, secondHeadA.userId, w.headB.userId].sort());
    // Staff who are not heads get nothing.
    expect(messages.some((m) => [w.staffA.userId, w.staffB.userId].includes(m.userId))).toBe(false);

    await sendStaffMessagesOnce(w.app, morning);
    const ref = messages.find((m) => m.userId === w.headA.userId)?.ref;
    const received = (await messagesTo(w.t.mockBase, 'openid_svs_head_a')).filter(
      (m) => m.data.character_string9?.value === ref,
    );
    expect(received).toHaveLength(1);
    expect(received[0]?.data).toMatchObject({
      thing1: { value: DEPT_A },
      date2: { value: date },
      thing3: { value: '在办2件，超期1件，临期0件' },
    });
    expect(received[0]?.data.thing4?.value).toMatch(/^上个工作日办结1件，按时率100%/);
  });

  it('sends a department whose head is added later that same morning, and nobody twice', async () => {
    const headC = await headOf(w, 'svs_head_c', DEPT_C);
    expect(await sendDailySummaries(w.app, new Date(morning.getTime() + 10_800_000))).toEqual({ sent: 1 });
    const toC = await staffMessageModel(w.app.db).find({ userId: headC.userId }).lean();
    expect(toC).toHaveLength(1);
    expect(await staffMessageModel(w.app.db).countDocuments({ kind: 'daily_summary' })).toBe(4);
  });
});
