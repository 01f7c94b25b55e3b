import { assertDayCount, endOfShanghaiDay, shanghaiDay } from './calendar-day';
import { type HolidayCalendars, workingDayTest, workingDaysBetween } from './working-days';

export type DeadlineLight = 'green' | 'yellow' | 'red';

/** A time the clock stood still (waiting for the resident, or §45 hearings, tests, expert reviews); open while `to` is missing. */
export interface DeadlinePause {
  from: Date;
  to?: Date | null;
}

export interface DeadlineInput {
  acceptedAt: Date;
  /** The largest promised working days of the case's items; 0 = 即来即办. */
  promisedDays: number;
  pauses: ReadonlyArray<DeadlinePause>;
  now: Date;
  calendars: HolidayCalendars;
}

export interface Deadline {
  dueAt: Date;
  light: DeadlineLight;
  /** A pause is open: the clock is stopped at `now`. */
  paused: boolean;
  /** Clock days from today to the due day inclusive (today counts while it can still run); when overdue, minus the working days since the due day. */
  workingDaysLeft: number;
}

/** Every Shanghai day a pause touches; an open pause runs to the day of `now`. */
function pausedDays(pauses: ReadonlyArray<DeadlinePause>, now: Date): Set<number> {
  const days = new Set<number>();
  for (const { from, to } of pauses) {
    const first = shanghaiDay(from);
    let last: number;
    if (to === undefined || to === null) last = Math.max(first, shanghaiDay(now));
    else if (to.getTime() < from.getTime()) throw new RangeError('暂停的结束时间早于开始时间');
    else if (to.getTime() === from.getTime()) continue;
    else last = shanghaiDay(new Date(to.getTime() - 1)); // a pause ending at midnight does not touch the next day
    for (let day = first; day <= last; day += 1) days.add(day);
  }
  return days;
}

/**
 * The time limit of an accepted case (限时办结, 红黄灯预警).
 *
 * The clock counts *clock days*: working days after the day of acceptance on
 * which no pause was open at any moment. The case is due at the end
 * (23:59:59.999 Shanghai) of the Nth clock day, N = `promisedDays`.
 * Equivalently: due = accepted + N working days, extended by one working day
 * for every working day a pause covered, partly or wholly, up to the due day.
 *
 * Why whole days and not the paused milliseconds: 行政许可法 §82 counts time
 * limits in working days and §45 says the time needed 不计算在期限内, so what
 * is left out must be measured in the same unit — the working days it used.
 * A working day interrupted by a pause is not a whole day the office had,
 * and like the day of acceptance, the day the clock resumes does not count.
 * Shifting milliseconds would give deadlines at odd hours that no notice
 * states, and would let a pause over a weekend cost the office working time.
 * Pauses before the acceptance day or after the due day change nothing,
 * and overlapping pauses count each day once.
 *
 * An open pause stops the clock at `now`: today is not a clock day, so the
 * due date moves on by one working day for each working day it stays open.
 *
 * Light: red when `now` is past `dueAt`; yellow when one clock day or less is
 * left (e.g. all of the due day); otherwise green.
 */
export function computeDeadline({ acceptedAt, promisedDays, pauses, now, calendars }: DeadlineInput): Deadline {
  assertDayCount(promisedDays);
  const isWorking = workingDayTest(calendars);
  const accepted = shanghaiDay(acceptedAt);
  const paused = pausedDays(pauses, now);
  const isClockDay = (day: number) => day > accepted && isWorking(day) && !paused.has(day);

  let due = accepted;
  for (let counted = 0; counted < promisedDays; ) {
    due += 1;
    if (isClockDay(due)) counted += 1;
  }
  const dueAt = endOfShanghaiDay(due);
  const open = pauses.some((p) => p.to === undefined || p.to === null);

  if (now.getTime() > dueAt.getTime())
    return { dueAt, light: 'red', paused: open, workingDaysLeft: -workingDaysBetween(dueAt, now, calendars) };

  let left = 0;
  for (let day = shanghaiDay(now); day <= due; day += 1) if (isClockDay(day)) left += 1;
  return { dueAt, light: left <= 1 ? 'yellow' : 'green', paused: open, workingDaysLeft: left };
}
