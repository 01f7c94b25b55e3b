/**
 * Calendar days of Asia/Shanghai as whole numbers (days since 1970-01-01),
 * without a date library. China has kept UTC+8 without daylight saving since
 * 1991, so shifting an instant by eight hours gives its Shanghai date exactly.
 *
 * Internal to the rules: not re-exported from the package.
 */
export const DAY_MS = 86_400_000;
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** The Shanghai calendar day an instant falls on; 2026-09-30T23:30+08:00 is still 30 September. */
export function shanghaiDay(instant: Date): number {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('无效的时间');
  return Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** `YYYY-MM-DD` of a real date (no 30 February, years 1000–9999) → its day number, else null. */
export function dayFromIso(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The last millisecond of a Shanghai day: 23:59:59.999+08:00. */
export function endOfShanghaiDay(day: number): Date {
  return new Date((day + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}

/** Larger counts are a bug, not a time limit (legal days are at most 365). */
const MAX_DAY_COUNT = 10_000;

export function assertDayCount(days: number): void {
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAY_COUNT)
    throw new RangeError(`工作日数应为 0–${MAX_DAY_COUNT} 的整数：${days}`);
}
