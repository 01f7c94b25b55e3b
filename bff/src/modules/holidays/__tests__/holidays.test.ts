import { HOLIDAYS_2026, type StaffApplicationView } from '@onetrip/shared';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { acceptedCase, setStored, staffView, staffWorld, type StaffWorld } from '../../staff/testing/world';
import { loadCalendars } from '../calendar-cache';
import { seedHolidays } from '../holidays.service';

let w: StaffWorld;
let admin: LoggedIn;
beforeAll(async () => {
  w = await staffWorld();
  admin = await loginAs(w.app, 'admin');
});
afterAll(async () => {
  await w.t.close();
});

const put = (who: LoggedIn | null, year: string, payload: unknown) =>
  w.t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/holidays/${year}`,
    headers: who?.headers ?? {},
    payload: payload as object,
  });
const get = (who: LoggedIn | null, year: string) =>
  w.t.app.inject({ method: 'GET', url: `/api/v1/admin/holidays/${year}`, headers: who?.headers ?? {} });
const storedYear = (year: number) => w.app.db.collection('holidays').findOne({ _id: year as never });

describe('the holiday calendar', () => {
  it('is seeded with the 2026 calendar at start, and a later start does not overwrite it', async () => {
    expect(await storedYear(2026)).toMatchObject({ days: HOLIDAYS_2026.days, workdays: HOLIDAYS_2026.workdays });
    expect(await seedHolidays(w.app.db)).toBe(0);
    expect((await loadCalendars(w.app.db)).map((c) => c.year)).toEqual([2026]);
  });

  it('PUT /admin/holidays/:year stores a year (lists sorted) and the clock reads it at once', async () => {
    const res = await put(admin, '2027', { days: ['2027-10-01', '2027-01-01'], workdays: ['2027-09-26'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ year: 2027, days: ['2027-01-01', '2027-10-01'], workdays: ['2027-09-26'] });
    expect(await storedYear(2027)).toMatchObject({ days: ['2027-01-01', '2027-10-01'], workdays: ['2027-09-26'] });
    expect((await loadCalendars(w.app.db)).map((c) => c.year)).toEqual([2026, 2027]);
    const audit = await w.app.db.collection('audit_logs').findOne({ action: 'holidays.put', target: '2027' });
    expect(audit?.actor).toMatchObject({ userId: admin.userId, role: 'admin' });
  });

  it.each([
    ['an impossible date', '2028', { days: ['2028-02-30'], workdays: [] }],
    ['a malformed date', '2028', { days: ['2028-1-1'], workdays: [] }],
    ['a date of another year', '2028', { days: ['2029-01-01'], workdays: [] }],
    ['a duplicate', '2028', { days: ['2028-01-01', '2028-01-01'], workdays: [] }],
    ['a day both off and worked', '2028', { days: ['2028-01-01'], workdays: ['2028-01-01'] }],
    ['a make-up day that is not a weekend', '2028', { days: [], workdays: ['2028-01-03'] }],
    ['a missing list', '2028', { days: [] }],
    ['an unknown key', '2028', { days: [], workdays: [], note: 'x' }],
    ['a bad year', '28', { days: [], workdays: [] }],
    ['a year out of range', '1999', { days: [], workdays: [] }],
  ])('refuses %s with 400 and stores nothing', async (_name, year, body) => {
    const res = await put(admin, year, body);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await storedYear(Number(year))).toBeNull();
  });

  it('is for admins only: staff and residents 403, no token 401', async () => {
    const body = { days: [], workdays: [] };
    expect((await put(w.staffA, '2028', body)).statusCode).toBe(403);
    expect((await put(w.alice, '2028', body)).statusCode).toBe(403);
    expect((await put(null, '2028', body)).statusCode).toBe(401);
    expect(await storedYear(2028)).toBeNull();
  });

  it('GET /admin/holidays/:year answers a stored year (sorted, with when it was saved) to admins and staff', async () => {
    for (const who of [admin, w.staffA]) {
      const res = await get(who, '2026');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        year: 2026,
        days: HOLIDAYS_2026.days,
        workdays: HOLIDAYS_2026.workdays,
        stored: true,
      });
      expect(Date.parse(res.json().updatedAt)).not.toBeNaN();
    }
  });

  it('GET /admin/holidays/:year answers a year never set with empty lists and stored: false (weekends only)', async () => {
    const res = await get(admin, '2031');
    expect([res.statusCode, res.json()]).toEqual([200, { year: 2031, days: [], workdays: [], stored: false }]);
    expect(await storedYear(2031)).toBeNull();
  });

  it('GET /admin/holidays/:year refuses a resident (403), no token (401) and a bad year (400)', async () => {
    expect((await get(w.alice, '2026')).statusCode).toBe(403);
    expect((await get(null, '2026')).statusCode).toBe(401);
    for (const year of ['26', '1999', '2026x', '20261'])
      expect([year, (await get(admin, year)).statusCode]).toEqual([year, 400]);
  });

  it('a new day off moves the due date of an accepted case by one working day', async () => {
    const accepted = await acceptedCase(w);
    // Accepted Monday 2 March 2026, 10:00 in Beijing; three working days → end of Thursday 5 March.
    await setStored(w, accepted.id, { acceptedAt: new Date('2026-03-02T02:00:00Z') });
    const before: StaffApplicationView = await staffView(w, w.staffA, accepted.id);
    expect(before.deadline?.dueAt).toBe('2026-03-05T15:59:59.999Z');

    const res = await put(admin, '2026', {
      days: [...HOLIDAYS_2026.days, '2026-03-04'],
      workdays: HOLIDAYS_2026.workdays,
    });
    expect(res.statusCode).toBe(200);
    const after = await staffView(w, w.staffA, accepted.id);
    expect(after.deadline?.dueAt).toBe('2026-03-06T15:59:59.999Z');
    const mine = (await w.call(w.alice, 'GET', `/applications/${accepted.id}`)).json<StaffApplicationView>();
    expect(mine.deadline?.dueAt).toBe('2026-03-06T15:59:59.999Z');
  });
});
