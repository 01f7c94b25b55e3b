// The centre counts days in Asia/Shanghai (UTC+8, no daylight saving), whatever the device's zone.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Today in Shanghai, `YYYY-MM-DD`: the hall's day (tickets, statistics). */
export function shanghaiDay(now = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
