import { HOLIDAYS_2026 } from '../../constants/holidays-2026';
import type { HolidayCalendar } from '../../schemas/holidays';
import { addWorkingDays, deemedAcceptanceDue, isWorkingDay, workingDaysBetween } from '../working-days';

const calendars = [HOLIDAYS_2026];
const sh = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', false, '元旦, a Thursday'],
    ['2026-01-04', true, 'a make-up Sunday'],
    ['2026-02-14', true, 'a make-up Saturday before 春节'],
    ['2026-02-23', false, 'the last day of 春节, a Monday'],
    ['2026-02-28', true, 'a make-up Saturday after 春节'],
    ['2026-03-01', false, 'an ordinary Sunday'],
    ['2026-03-02', true, 'an ordinary Monday'],
    ['2026-04-06', false, '清明, a Monday'],
    ['2026-05-05', false, '劳动节, a Tuesday'],
    ['2026-05-09', true, 'a make-up Saturday after 劳动节'],
    ['2026-06-19', false, '端午, a Friday'],
    ['2026-09-20', true, 'a make-up Sunday before 国庆'],
    ['2026-09-25', false, '中秋, a Friday'],
    ['2026-10-07', false, '国庆, a Wednesday'],
    ['2026-10-10', true, 'a make-up Saturday after 国庆'],
    ['2026-10-11', false, 'the Sunday after it'],
    ['2027-01-01', true, 'a 2027 Friday: no 2027 calendar, weekends only'],
    ['2027-01-02', false, 'a 2027 Saturday'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, calendars)).toBe(expected);
  });

  it('reads an instant in Shanghai time', () => {
    expect(isWorkingDay(sh('2026-09-30 23:30'), calendars)).toBe(true);
    expect(isWorkingDay(new Date('2026-09-30T16:00:00Z'), calendars)).toBe(false); // 1 October 00:00 in Shanghai
  });

  it('counts only weekends without a calendar', () => {
    expect(isWorkingDay('2026-01-01', [])).toBe(true);
    expect(isWorkingDay('2026-01-04', [])).toBe(false);
  });

  it('uses every calendar given, and a day off wins over a make-up day', () => {
    const y2027: HolidayCalendar = { year: 2027, days: ['2027-01-01'], workdays: ['2027-01-02'] };
    expect(isWorkingDay('2027-01-01', [HOLIDAYS_2026, y2027])).toBe(false);
    expect(isWorkingDay('2027-01-02', [HOLIDAYS_2026, y2027])).toBe(true);
    const both: HolidayCalendar = { year: 2026, days: ['2026-03-07'], workdays: ['2026-03-07'] };
    expect(isWorkingDay('2026-03-07', [both])).toBe(false);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isWorkingDay('2026-02-30', calendars)).toThrow(RangeError);
    expect(() => isWorkingDay(new Date('nonsense'), calendars)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('refuses negative, fractional and absurd day counts', () => {
    for (const days of [-1, 1.5, Number.NaN, 10_001])
      expect(() => addWorkingDays(sh('2026-03-02 10:00'), days, calendars)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['Mon → next Mon', '2026-03-02 10:00', '2026-03-09 10:00', 5],
    ['the same day', '2026-03-02 09:00', '2026-03-02 18:00', 0],
    ['backwards is negative', '2026-03-09 10:00', '2026-03-02 10:00', -5],
    ['Fri → Sat', '2026-03-06 10:00', '2026-03-07 10:00', 0],
    ['Fri → Sun', '2026-03-06 10:00', '2026-03-08 10:00', 0],
    ['30 Sept → 8 Oct (国庆)', '2026-09-30 10:00', '2026-10-08 10:00', 1],
    ['30 Sept → 12 Oct, with Saturday 10 Oct', '2026-09-30 10:00', '2026-10-12 10:00', 4],
    ['13 Feb → 2 March, with both make-up Saturdays', '2026-02-13 10:00', '2026-03-02 10:00', 7],
    ['31 Dec 2025 → 5 Jan 2026, with Sunday 4 Jan', '2025-12-31 10:00', '2026-01-05 10:00', 2],
    ['23:30 → 00:30 crosses a Shanghai midnight', '2026-09-29 23:30', '2026-09-30 00:30', 1],
    // 261 weekdays − 19 weekday holidays + 6 make-up days; 1 January is a holiday anyway
    ['the whole of 2026', '2026-01-01 10:00', '2026-12-31 10:00', 248],
  ])('%s: %i', (_what, from, to, expected) => {
    expect(workingDaysBetween(sh(from), sh(to), calendars)).toBe(expected);
  });

  it('undoes addWorkingDays', () => {
    const start = sh('2026-02-12 10:00');
    expect(workingDaysBetween(start, addWorkingDays(start, 12, calendars), calendars)).toBe(12);
  });
});

describe('deemedAcceptanceDue (行政许可法 §32)', () => {
  it.each([
    ['an ordinary week', '2026-03-02 10:00', '2026-03-09'],
    ['before 国庆', '2026-09-29 10:00', '2026-10-12'],
    ['before 春节', '2026-02-12 10:00', '2026-02-26'],
    ['submitted on a Sunday night', '2026-03-08 23:00', '2026-03-13'],
  ])('%s', (_what, submitted, due) => {
    expect(deemedAcceptanceDue(sh(submitted), calendars)).toEqual(endOf(due));
  });
});
