import type { HolidayCalendar } from '../schemas/holidays';
import { assertDayCount, dayFromIso, endOfShanghaiDay, shanghaiDay, weekdayOfDay } from './calendar-day';

/**
 * The working-day clock of 行政许可法 §82: time limits count working days,
 * not statutory holidays. A day is a working day when it is a 调休 make-up
 * day, or a Monday–Friday that is not a day off. Years without a calendar
 * (e.g. 2027 before 国务院 publishes its notice) count weekends only; the
 * admin adds the year with PUT /admin/holidays/:year. Should a date appear
 * in both lists, the day off wins.
 *
 * Every instant in and out is a `Date`; days are Asia/Shanghai calendar days.
 */
export type HolidayCalendars = ReadonlyArray<HolidayCalendar>;

/** 行政许可法 §32: five (working) days to accept, refuse or send a supplement notice. */
export const DEEMED_ACCEPTANCE_DAYS = 5;

/** Compiles calendars into a test on day numbers, for loops over many days. */
export function workingDayTest(calendars: HolidayCalendars): (day: number) => boolean {
  const toDays = (dates: ReadonlyArray<string>) => dates.map(dayFromIso).filter((day): day is number => day !== null);
  const off = new Set(calendars.flatMap((c) => toDays(c.days)));
  const on = new Set(calendars.flatMap((c) => toDays(c.workdays)));
  return (day) => {
    if (off.has(day)) return false;
    if (on.has(day)) return true;
    const weekday = weekdayOfDay(day);
    return weekday !== 0 && weekday !== 6;
  };
}

/** Whether the Shanghai day of an instant, or a `YYYY-MM-DD` date, is a working day. */
export function isWorkingDay(date: Date | string, calendars: HolidayCalendars): boolean {
  const day = typeof date === 'string' ? dayFromIso(date) : shanghaiDay(date);
  if (day === null) throw new RangeError(`不是有效日期：${String(date)}`);
  return workingDayTest(calendars)(day);
}

/**
 * The deadline N working days after `start` (行政许可法 §82, and the rule of
 * periods that the starting day does not count): the end, 23:59:59.999
 * Shanghai time, of the Nth working day after the day of `start`. It is
 * always a working day because only working days are counted.
 *
 * 0 days (即来即办) is due at the end of the day of `start` itself.
 */
export function addWorkingDays(start: Date, days: number, calendars: HolidayCalendars): Date {
  assertDayCount(days);
  const isWorking = workingDayTest(calendars);
  let day = shanghaiDay(start);
  for (let counted = 0; counted < days; ) {
    day += 1;
    if (isWorking(day)) counted += 1;
  }
  return endOfShanghaiDay(day);
}

/**
 * Working days after the day of `from` up to and including the day of `to`,
 * so that `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when
 * `to` is on an earlier day; 0 for the same day.
 */
export function workingDaysBetween(from: Date, to: Date, calendars: HolidayCalendars): number {
  const [a, b] = [shanghaiDay(from), shanghaiDay(to)];
  if (b < a) return -workingDaysBetween(to, from, calendars);
  const isWorking = workingDayTest(calendars);
  let count = 0;
  for (let day = a + 1; day <= b; day += 1) if (isWorking(day)) count += 1;
  return count;
}

/**
 * When a case left in `submitted` without a supplement notice counts as
 * accepted (行政许可法 §32 逾期不告知的，自收到申请材料之日起即为受理): the end of
 * the 5th working day after the day of submission.
 */
export function deemedAcceptanceDue(submittedAt: Date, calendars: HolidayCalendars): Date {
  return addWorkingDays(submittedAt, DEEMED_ACCEPTANCE_DAYS, calendars);
}
