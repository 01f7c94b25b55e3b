import {
  computeDeadline,
  deemedAcceptanceDue,
  HOLIDAYS_2026,
  type StaffApplicationView,
  type StaffQueue,
} from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import {
  acceptedCase,
  act,
  daysAgo,
  FREE_A,
  FREE_B,
  setStored,
  staffWorld,
  submittedCase,
  type StaffWorld,
} from '../testing/world';

let w: StaffWorld;
const ids: Record<string, string> = {};
const submittedAt: Record<string, Date> = {};

/** The first acceptance time, going back a day at a time, that leaves a 3-day case yellow now. */
function yellowAcceptedAt(): Date {
  for (let k = 0; k < 20; k += 1) {
    const acceptedAt = daysAgo(k);
    const clock = computeDeadline({
      acceptedAt,
      promisedDays: 3,
      pauses: [],
      now: new Date(),
      calendars: [HOLIDAYS_2026],
    });
    if (clock.light === 'yellow') return acceptedAt;
  }
  throw new Error('no yellow acceptance time found');
}

beforeAll(async () => {
  w = await staffWorld();
  const submitted = async (name: string, codes: string[], submittedDaysAgo: number) => {
    ids[name] = (await submittedCase(w, w.alice, codes)).id;
    submittedAt[name] = daysAgo(submittedDaysAgo);
    await setStored(w, ids[name], { submittedAt: submittedAt[name] });
  };
  await submitted('S1', [FREE_A], 3);
  await submitted('S2', [FREE_B], 3);
  await submitted('S3', [FREE_A, FREE_B], 2);
  await submitted('S4', [FREE_A], 1);
  const accepted = async (name: string, codes: string[], acceptedAt: Date) => {
    ids[name] = (await acceptedCase(w, codes)).id;
    await setStored(w, ids[name], { acceptedAt });
  };
  await accepted('A1', [FREE_A], daysAgo(30));
  await accepted('A2', [FREE_A], yellowAcceptedAt());
  await accepted('A3', [FREE_A, FREE_B], new Date());
  const a4 = await acceptedCase(w, [FREE_A, FREE_B]);
  ids.A4 = a4.id;
  await act(w, w.staffA, a4.id, `items/${FREE_A}/approve`, a4.version, {});
  const i1 = await acceptedCase(w, [FREE_A, FREE_B]);
  ids.I1 = i1.id;
  const one = await act(w, w.staffA, i1.id, `items/${FREE_A}/approve`, i1.version, {});
  await act(w, w.staffB, i1.id, `items/${FREE_B}/approve`, one.json<StaffApplicationView>().version, {});
});
afterAll(async () => {
  await w.t.close();
});

const queue = async (who: LoggedIn, query: string) => {
  const res = await w.call(who, 'GET', `/staff/applications?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<StaffQueue>();
};
const names = (q: StaffQueue) => q.items.map((row) => Object.keys(ids).find((k) => ids[k] === row.id));

describe('GET /staff/applications', () => {
  it('acceptance: submitted cases with an item of the department, the §32 clock due first', async () => {
    const a = await queue(w.staffA, 'stage=acceptance');
    expect(names(a)).toEqual(['S1', 'S3', 'S4']);
    expect(a.total).toBe(3);
    const b = await queue(w.staffB, 'stage=acceptance');
    expect(names(b)).toEqual(['S2', 'S3']);
    expect(a.items[0]).toEqual({
      id: ids.S1,
      number: expect.stringMatching(/^ZW\d{14}$/),
      status: 'submitted',
      itemNames: ['测试甲事项'],
      applicantName: '王*英',
      submittedAt: submittedAt.S1?.toISOString(),
      dueAt: deemedAcceptanceDue(submittedAt.S1 as Date, [HOLIDAYS_2026]).toISOString(),
      light: expect.stringMatching(/^(green|yellow|red)$/),
      paused: false,
    });
    // The default stage is acceptance.
    expect(names(await queue(w.staffA, ''))).toEqual(['S1', 'S3', 'S4']);
  });

  it('approval: accepted cases whose item of the department is still pending, red before yellow before green', async () => {
    const a = await queue(w.staffA, 'stage=approval');
    expect(names(a)).toEqual(['A1', 'A2', 'A3']);
    expect(a.items.map((r) => r.light)).toEqual(['red', 'yellow', 'green']);
    const dues = a.items.map((r) => r.dueAt ?? '');
    expect([...dues].sort()).toEqual(dues);
    expect(names(await queue(w.staffB, 'stage=approval'))).toEqual(['A3', 'A4']);
  });

  it('filters by light and pages after filtering', async () => {
    expect(names(await queue(w.staffA, 'stage=approval&light=red'))).toEqual(['A1']);
    expect(names(await queue(w.staffA, 'stage=approval&light=yellow'))).toEqual(['A2']);
    expect(names(await queue(w.staffA, 'stage=approval&light=green'))).toEqual(['A3']);
    const page = await queue(w.staffA, 'stage=approval&page=2&pageSize=1');
    expect([names(page), page.total]).toEqual([['A2'], 3]);
    const bad = await w.call(w.staffA, 'GET', '/staff/applications?stage=approval&light=blue');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('issuance: approved cases, for the lead department (the first item’s) only', async () => {
    expect(names(await queue(w.staffA, 'stage=issuance'))).toEqual(['I1']);
    expect(names(await queue(w.staffB, 'stage=issuance'))).toEqual([]);
  });

  it('an uninvolved department sees empty queues; followup is empty until ratings exist', async () => {
    for (const stage of ['acceptance', 'approval', 'issuance', 'followup']) {
      expect(await queue(w.staffC, `stage=${stage}`)).toEqual({ items: [], total: 0 });
    }
    expect((await queue(w.staffA, 'stage=followup')).total).toBe(0);
  });
});
