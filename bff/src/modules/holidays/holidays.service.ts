import { type Connection } from 'mongoose';
import {
  HOLIDAYS_2026,
  holidayCalendarBodyFor,
  type HolidayCalendar,
  type HolidayCalendarBody,
  type HolidayYearView,
} from '@onetrip/shared';
import { HolidayErrors } from './holidays.errors';
import { recordAudit } from '../audit';
import { calendarsChanged } from './calendar-cache';
import { holidayModel, type HolidayRecord } from './holidays.model';
import { insertUnique } from '../../lib/store';

/** The calendars shipped with the code, stored when their year is missing (never over an admin's edit). */
export const SHIPPED_CALENDARS: ReadonlyArray<HolidayCalendar> = [HOLIDAYS_2026];

/** Stores each shipped calendar whose year is not in the collection yet; safe to run on several copies at once. */
export async function seedHolidays(conn: Connection): Promise<number> {
  let inserted = 0;
  for (const calendar of SHIPPED_CALENDARS) {
    if (await holidayModel(conn).exists({ _id: calendar.year })) continue;
    const doc = { _id: calendar.year, days: calendar.days, workdays: calendar.workdays };
    if (await insertUnique(holidayModel(conn), doc)) inserted += 1;
  }
  if (inserted) await calendarsChanged(conn);
  return inserted;
}

export interface HolidayWriter {
  userId: string;
  requestId: string;
}

/**
 * `PUT /admin/holidays/:year`: replaces the year's calendar (created when
 * missing); deadlines use it from the next request on.
 *
 * Outcomes: the stored calendar (lists sorted); 400 VALIDATION_FAILED when a
 * date lies outside `year` (the body schema has already refused impossible
 * dates, duplicates, a date in both lists and make-up days that are not weekends).
 */
export async function putHolidays(
  conn: Connection,
  year: number,
  body: HolidayCalendarBody,
  writer: HolidayWriter,
): Promise<HolidayCalendar> {
  const parsed = holidayCalendarBodyFor(year).safeParse(body);
  if (!parsed.success) {
    throw HolidayErrors.badDates(
      parsed.error.issues.map((i) => ({ in: 'body', path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  const days = [...parsed.data.days].sort();
  const workdays = [...parsed.data.workdays].sort();
  await holidayModel(conn).replaceOne({ _id: year }, { _id: year, days, workdays } as HolidayRecord, { upsert: true });
  await calendarsChanged(conn);
  await recordAudit(conn, {
    actor: { userId: writer.userId, role: 'admin' },
    action: 'holidays.put',
    target: String(year),
    requestId: writer.requestId,
  });
  return { year, days, workdays };
}

/**
 * `GET /admin/holidays/:year`: the year as stored (lists sorted), with when it was saved. A year
 * never set answers empty lists and `stored: false`: the working-day clock then counts weekends
 * only, which is what empty lists mean, so the answer is the calendar in force either way.
 */
export async function readHolidayYear(conn: Connection, year: number): Promise<HolidayYearView> {
  const record = await holidayModel(conn).findById(year).lean<HolidayRecord>();
  if (!record) return { year, days: [], workdays: [], stored: false };
  return {
    year,
    days: [...record.days].sort(),
    workdays: [...record.workdays].sort(),
    stored: true,
    ...(record.updatedAt ? { updatedAt: record.updatedAt.toISOString() } : {}),
  };
}
