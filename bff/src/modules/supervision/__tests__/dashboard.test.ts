import { Types } from 'mongoose';
import { type DepartmentFigures, type StaffApplicationView, type SupervisionView } from '@onetrip/shared';
import { acceptOverdue } from '../../staff';
import {
  acceptedCase,
  act,
  daysAgo,
  DEPT_A,
  DEPT_B,
  FREE_A,
  FREE_B,
  setStored,
  submittedCase,
} from '../../staff/testing/world';
import {
  acceptedAt,
  acceptedAtFor,
  dashboard,
  dashboardOf,
  supervisionWorld,
  type SupervisionWorld,
} from '../testing/world';

let w: SupervisionWorld;
const ids: Record<string, string> = {};
let view: SupervisionView;

const rowOf = (v: SupervisionView, department: string) =>
  v.departments.find((d) => d.department === department) as DepartmentFigures;
const stage = (row: DepartmentFigures, name: string) => row.stages.find((s) => s.stage === name);

const rating = (score: number, departments: string[], followup: Record<string, unknown> | null) => ({
  ...{ caseId: new Types.ObjectId().toHexString(), number: 'ZW', itemNames: [], departments, score, tags: [] },
  ...{ at: new Date(), followup, version: 1 },
});

beforeAll(async () => {
  w = await supervisionWorld('svd');
  // DEPT_A: one far over its time limit, one waiting for the applicant's supplement, one issued (waiting at the window).
  ids.red = (await acceptedAt(w, [FREE_A], daysAgo(30))).id;
  const noticed = await submittedCase(w, w.alice, [FREE_A]);
  ids.supplement = noticed.id;
  await act(w, w.staffA, noticed.id, 'supplement', noticed.version, {
    problems: [{ field: 'purpose', reason: '请写明用途' }],
  });
  const toIssue = await acceptedCase(w, [FREE_A]);
  ids.issued = toIssue.id;
  const approved = await act(w, w.staffA, toIssue.id, `items/${FREE_A}/approve`, toIssue.version, {});
  const issued = await act(w, w.staffA, toIssue.id, 'issue', approved.json<StaffApplicationView>().version, {
    certificateNo: 'SV-0001',
  });
  if (issued.statusCode !== 200) throw new Error(`issue failed: ${issued.body}`);
  // DEPT_B: one with a working day or less left, a chain of A and B whose A item is approved, a new submission.
  ids.yellow = (await acceptedAt(w, [FREE_B], acceptedAtFor('yellow', 5, w.calendars), w.staffB)).id;
  const both = await acceptedCase(w, [FREE_A, FREE_B]);
  ids.both = both.id;
  await act(w, w.staffA, both.id, `items/${FREE_A}/approve`, both.version, {});
  ids.fresh = (await submittedCase(w, w.bob, [FREE_B])).id;
  // Deemed accepted (§32) after ten days in `submitted`; then its clock moved to now, so it counts green.
  const deemed = await submittedCase(w, w.bob, [FREE_B]);
  ids.deemed = deemed.id;
  await setStored(w, deemed.id, { submittedAt: daysAgo(10) });
  expect(await acceptOverdue(w.app)).toBe(1);
  await setStored(w, deemed.id, { acceptedAt: new Date() });
  // A withdrawn case is nobody's work.
  const withdrawn = await submittedCase(w, w.bob, [FREE_A]);
  await w.call(w.bob, 'POST', `/applications/${withdrawn.id}/withdraw`, { payload: {} });
  // Ratings: DEPT_A a 5 and a 1 whose follow-up is overdue; DEPT_B a 2 followed up.
  await w.app.db
    .collection('evaluations')
    .insertMany([
      rating(5, [DEPT_A], null),
      rating(1, [DEPT_A], { status: 'open', dueAt: daysAgo(1) }),
      rating(2, [DEPT_B], { status: 'closed', dueAt: new Date(), closedAt: new Date() }),
    ]);
  view = await dashboardOf(w, w.admin);
});
afterAll(async () => {
  await w.t.close();
});

describe('GET /admin/supervision', () => {
  it('counts each department’s open cases by the stage they wait in and their light', () => {
    const a = rowOf(view, DEPT_A);
    expect(stage(a, 'approval')).toEqual({ stage: 'approval', green: 0, yellow: 0, red: 1 });
    expect(stage(a, 'supplement')).toMatchObject({ green: 1, yellow: 0, red: 0 });
    expect(stage(a, 'delivery')).toMatchObject({ green: 1, yellow: 0, red: 0 });
    expect(a).toMatchObject({ open: 3, red: 1, yellow: 0 });
    const b = rowOf(view, DEPT_B);
    // The chain waits on DEPT_B only once A's item is approved; the deemed case is DEPT_B's too.
    expect(stage(b, 'approval')).toEqual({ stage: 'approval', green: 2, yellow: 1, red: 0 });
    expect(stage(b, 'acceptance')).toMatchObject({ green: 1, yellow: 0, red: 0 });
    expect(b).toMatchObject({ open: 4, red: 0, yellow: 1 });
    // The department with a red case comes first, then the one with a yellow; the quiet ones after.
    expect(view.departments.slice(0, 2).map((d) => d.department)).toEqual([DEPT_A, DEPT_B]);
    expect(view.departments.map((d) => d.stages.map((s) => s.stage))[0]).toEqual([
      'acceptance',
      'supplement',
      'approval',
      'issuance',
      'delivery',
    ]);
  });

  it('lists the red and the yellow cases with whom they wait on and how far over or how little is left', () => {
    expect(view.overdue.map((c) => c.id)).toEqual([ids.red]);
    expect(view.overdue[0]).toMatchObject({
      number: expect.stringMatching(/^ZW\d{14}$/),
      itemNames: ['测试甲事项'],
      departments: [DEPT_A],
      stage: 'approval',
      light: 'red',
    });
    expect(view.overdue[0]?.workingDays).toBeGreaterThan(5);
    expect(view.overdue[0]?.chasedAt).toBeUndefined();
    expect(view.dueSoon.map((c) => c.id)).toEqual([ids.yellow]);
    expect(view.dueSoon[0]).toMatchObject({ departments: [DEPT_B], stage: 'approval', light: 'yellow' });
    expect(view.dueSoon[0]?.workingDays).toBeLessThanOrEqual(1);
    expect([view.overdueTotal, view.dueSoonTotal]).toEqual([1, 1]);
  });

  it('shows the period’s conclusions per department, window and clerk, and the deemed acceptances', () => {
    expect(rowOf(view, DEPT_A)).toMatchObject({ finished: 1, onTime: 1, onTimeRate: 1, deemed: 0 });
    expect(rowOf(view, DEPT_B)).toMatchObject({ finished: 0, onTimeRate: null, deemed: 1 });
    expect(view.deemed).toEqual([
      {
        caseId: ids.deemed,
        number: expect.any(String),
        itemNames: ['测试乙事项'],
        departments: [DEPT_B],
        at: expect.any(String),
      },
    ]);
    // The issued case: accepted by staffA2, approved and issued by staffA — one window, two clerks.
    expect(view.windows).toEqual([
      { window: `department:${DEPT_A}`, label: `${DEPT_A}窗口`, handled: 1, onTime: 1, onTimeRate: 1 },
    ]);
    const clerk = (userId: string) => view.clerks.find((c) => c.userId === userId);
    expect(clerk(w.staffA2.userId)).toMatchObject({ accepted: 1, decided: 0, issued: 0, handled: 1, onTimeRate: 1 });
    expect(clerk(w.staffA.userId)).toMatchObject({ accepted: 0, decided: 1, issued: 1, handled: 1 });
    expect(clerk(w.staffA.userId)).toMatchObject({ window: `department:${DEPT_A}`, name: '未实名' });
    expect(view.clerks).toHaveLength(2);
  });

  it('shows each department’s ratings with the bad ones and where their follow-ups stand', () => {
    expect(view.ratings).toEqual(
      [
        { department: DEPT_B, count: 1, average: 2, bad: 1, followupsOpen: 0, followupsOverdue: 0, followupsDone: 1 },
        { department: DEPT_A, count: 2, average: 3, bad: 1, followupsOpen: 1, followupsOverdue: 1, followupsDone: 0 },
      ].sort((x, y) => x.department.localeCompare(y.department, 'zh-Hans-CN')),
    );
  });

  it('narrows everything to one department', async () => {
    const b = await dashboardOf(w, w.admin, `?department=${encodeURIComponent(DEPT_B)}`);
    expect(b.department).toBe(DEPT_B);
    expect(b.departments.map((d) => d.department)).toEqual([DEPT_B]);
    expect(b.overdue).toEqual([]);
    expect(b.dueSoon.map((c) => c.id)).toEqual([ids.yellow]);
    expect(b.clerks).toEqual([]);
    expect(b.ratings.map((r) => r.department)).toEqual([DEPT_B]);
  });

  it('is the period asked for: this month by default, at most 92 days, never reversed', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect([view.from, view.to]).toEqual([`${today.slice(0, 8)}01`, today]);
    const before = await dashboardOf(w, w.admin, '?from=2026-01-01&to=2026-01-31');
    expect([before.windows, before.deemed, rowOf(before, DEPT_A).finished]).toEqual([[], [], 0]);
    // The open cases are as of now whatever the period.
    expect(rowOf(before, DEPT_A).red).toBe(1);
    for (const query of ['?from=2026-03-02&to=2026-03-01', '?from=2026-01-01&to=2026-06-30', '?from=2026-13-01']) {
      const res = await dashboard(w, w.admin, query);
      expect([query, res.statusCode, res.json().error.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });

  it('refuses everyone but the admin (staff and department heads included)', async () => {
    for (const who of [w.alice, w.staffA, w.headA]) expect((await dashboard(w, who)).statusCode).toBe(403);
    const anonymous = await w.t.app.inject({ method: 'GET', url: '/api/v1/admin/supervision' });
    expect(anonymous.statusCode).toBe(401);
  });
});
