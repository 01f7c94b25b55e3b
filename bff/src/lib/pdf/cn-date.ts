/**
 * Dates as a printed Chinese paper writes them, in Beijing time (UTC+8, no
 * daylight saving): 2026年11月25日, 2026年11月25日 10:30.
 */
const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000);

/** 2026年11月25日 */
export function cnDate(at: Date): string {
  const d = beijing(at);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** 2026年11月25日 09:05 */
export function cnDateTime(at: Date): string {
  const d = beijing(at);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${cnDate(at)} ${hh}:${mm}`;
}

/** `2026-12-02` (a Beijing calendar day) → 2026年12月2日 */
export function cnDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
