/**
 * Days of the hall are Beijing dates `YYYY-MM-DD` as the server gives them (its `today` too: the phone's
 * clock and time zone may differ). Computed on the date alone, in UTC, so the phone's zone plays no part.
 */
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** The date `days` calendar days after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(dayOf(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekday(date: string): string {
  return WEEKDAYS[dayOf(date).getUTCDay()] ?? '';
}

/** `2026-12-04` → `12月4日 周五`. */
export function longDay(date: string): string {
  const d = dayOf(date);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${weekday(date)}`;
}

/** The chip of a day in the date strip: 今天 / 明天 / 后天, else the weekday; and `12/4`. */
export function chipDay(date: string, today: string): { name: string; short: string } {
  const names: Record<string, string> = { [today]: '今天', [addDays(today, 1)]: '明天', [addDays(today, 2)]: '后天' };
  const d = dayOf(date);
  return { name: names[date] ?? weekday(date), short: `${d.getUTCMonth() + 1}/${d.getUTCDate()}` };
}

/** `09:30` → `09:30–10:00` (slots last half an hour). */
export function slotRange(slot: string): string {
  const [h = 0, m = 0] = slot.split(':').map(Number);
  const end = h * 60 + m + 30;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${slot}–${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

/** `2026-12-03T01:05:00Z` → `09:05`, Beijing time, whatever the phone's zone. */
export function beijingClock(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** Today in Beijing by the phone's clock: only where the server has not said (its `today` wins). */
export function phoneToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
