import { type Connection } from 'mongoose';
import { type HolidayCalendar } from '@onetrip/shared';
import { holidayMetaModel, holidayModel, type HolidayRecord } from './holidays.model';

/**
 * The holiday calendars, cached per calendar revision like the catalog
 * (`catalog/catalog-cache.ts`): every write bumps the revision in the
 * database and each BFF copy re-reads it at most once per second, so a
 * change reaches the deadlines of this copy at once and of others within ~1 s.
 */
const REVALIDATE_MS = 1_000;

interface Cache {
  revision: number | null;
  checkedAt: number;
  calendars: HolidayCalendar[] | null;
}

const caches = new WeakMap<Connection, Cache>();

const toCalendar = (r: HolidayRecord): HolidayCalendar => ({
  year: r._id,
  days: [...r.days],
  workdays: [...r.workdays],
});

/** Every stored year's calendar, for the working-day clock (`computeDeadline`, `deemedAcceptanceDue`). */
export async function loadCalendars(conn: Connection): Promise<HolidayCalendar[]> {
  let cache = caches.get(conn);
  if (!cache) {
    cache = { revision: null, checkedAt: 0, calendars: null };
    caches.set(conn, cache);
  }
  if (Date.now() - cache.checkedAt >= REVALIDATE_MS) {
    const meta = await holidayMetaModel(conn).findById('holidays').lean<{ revision?: number }>();
    const revision = meta?.revision ?? 0;
    if (revision !== cache.revision) cache.calendars = null;
    cache.revision = revision;
    cache.checkedAt = Date.now();
  }
  if (!cache.calendars) {
    const records = await holidayModel(conn).find().sort({ _id: 1 }).lean<HolidayRecord[]>();
    cache.calendars = records.map(toCalendar);
  }
  return structuredClone(cache.calendars);
}

/** Call after any calendar write: this copy re-reads at once, the others within a second. */
export async function calendarsChanged(conn: Connection): Promise<void> {
  caches.delete(conn);
  try {
    await holidayMetaModel(conn).updateOne({ _id: 'holidays' }, { $inc: { revision: 1 } }, { upsert: true });
  } catch (err) {
    // Two first writers racing on the upsert: the document exists now; bump it.
    if ((err as { code?: unknown }).code !== 11000) throw err;
    await holidayMetaModel(conn).updateOne({ _id: 'holidays' }, { $inc: { revision: 1 } });
  }
  caches.delete(conn);
}
