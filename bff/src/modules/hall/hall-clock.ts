import { type Connection } from 'mongoose';

/**
 * The hall's "now". The hall's rules depend on the Beijing time of day
 * (which slots may still be booked, whether tickets are still handed out,
 * which booked tickets go first), so tests set a fixed time on their app's
 * connection with `setHallClock` (testing only) instead of depending on when
 * they run. Keyed by connection like the calendar cache: two apps in one
 * process never share it.
 */
const clocks = new WeakMap<Connection, () => Date>();

export const hallNow = (conn: Connection): Date => clocks.get(conn)?.() ?? new Date();

/** Tests only: the hall of this app reads `now` from `clock` (null: the real time again). */
export function setHallClock(conn: Connection, clock: (() => Date) | null): void {
  if (clock) clocks.set(conn, clock);
  else clocks.delete(conn);
}
