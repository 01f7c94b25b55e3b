import { HOLIDAYS_2026 } from '../../constants/holidays-2026';
import { HolidayCalendar, HolidayCalendarBody, holidayCalendarBodyFor, HolidayYearParams } from '../holidays';

const body = { days: HOLIDAYS_2026.days, workdays: HOLIDAYS_2026.workdays };
const messages = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('HolidayCalendarBody', () => {
  it('accepts the 2026 calendar', () => {
    expect(HolidayCalendarBody.parse(body)).toEqual(body);
    expect(holidayCalendarBodyFor(2026).parse(body)).toEqual(body);
    expect(HolidayCalendar.parse(HOLIDAYS_2026)).toEqual(HOLIDAYS_2026);
  });

  it('lists the 2026 days off and make-up days of the notice', () => {
    expect(HOLIDAYS_2026.days).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(HOLIDAYS_2026.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it.each([
    ['30 February', { days: ['2026-02-30'], workdays: [] }],
    ['no zero padding', { days: ['2026-2-3'], workdays: [] }],
    ['a date-time', { days: ['2026-10-01T00:00:00Z'], workdays: [] }],
    ['a number', { days: [20261001], workdays: [] }],
    ['a repeated date', { days: ['2026-10-01', '2026-10-01'], workdays: [] }],
    ['a date in both lists', { days: ['2026-10-10'], workdays: ['2026-10-10'] }],
    ['a make-up day on a weekday', { days: [], workdays: ['2026-10-09'] }],
    ['an unknown key', { days: [], workdays: [], year: 2026 }],
    ['a missing list', { days: [] }],
  ])('refuses %s', (_what, value) => {
    expect(HolidayCalendarBody.safeParse(value).success).toBe(false);
  });

  it('says which date is both a day off and a working day', () => {
    expect(messages(HolidayCalendarBody.safeParse({ days: ['2026-10-10'], workdays: ['2026-10-10'] }))).toEqual([
      '2026-10-10 不能既放假又上班',
    ]);
  });

  it('allows 60 dates in a list but not 61', () => {
    const dates = (n: number) =>
      Array.from({ length: n }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    expect(HolidayCalendarBody.safeParse({ days: dates(60), workdays: [] }).success).toBe(true);
    expect(HolidayCalendarBody.safeParse({ days: dates(61), workdays: [] }).success).toBe(false);
  });

  it('refuses a date outside the year of the path', () => {
    const r = holidayCalendarBodyFor(2026).safeParse({ days: ['2027-01-01'], workdays: [] });
    expect(messages(r)).toEqual(['2027-01-01 不在 2026 年']);
    expect(HolidayCalendar.safeParse({ ...HOLIDAYS_2026, year: 2027 }).success).toBe(false);
  });
});

describe('HolidayYearParams', () => {
  it('reads a four-digit year from the path', () => {
    expect(HolidayYearParams.parse({ year: '2026' })).toEqual({ year: 2026 });
  });

  it.each(['26', '2026a', '1999', '2101', ' 2026'])('refuses %p', (year) => {
    expect(HolidayYearParams.safeParse({ year }).success).toBe(false);
  });
});
