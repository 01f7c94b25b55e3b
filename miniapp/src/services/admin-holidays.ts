import { type HolidayCalendar, type HolidayCalendarBody, type HolidayYearView } from '@onetrip/shared';
import { request } from './request';

/** 节假日安排 of the console. Only the `admin` subpackage imports this file; silent (the page shows errors). */

/** GET /admin/holidays/:year — the year as the working-day clock counts it (`stored: false`: weekends only). */
export function getHolidayYear(year: number): Promise<HolidayYearView> {
  return request<HolidayYearView>(`/admin/holidays/${year}`, { silent: true });
}

/** PUT /admin/holidays/:year — replaces the year; deadlines use it from the next request on. */
export function saveHolidayYear(year: number, body: HolidayCalendarBody): Promise<HolidayCalendar> {
  return request<HolidayCalendar>(`/admin/holidays/${year}`, { method: 'PUT', body, silent: true });
}
