// The centre counts days in Asia/Shanghai (UTC+8, no daylight saving), whatever the device's zone.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Today in Shanghai, `YYYY-MM-DD`: the hall's day (tickets, statistics). */
export function shanghaiDay(now = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * `2026-11-25T06:07:00Z` → `2026-11-25 14:07`, Shanghai time: what the centre's printed papers say
 * (受理回执, 一次性告知书), so the screen beside them says the same on any device. '' for a bad date.
 */
export function shanghaiTime(iso: string): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return '';
  return new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
