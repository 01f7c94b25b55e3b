import { z } from 'zod';
import { dayFromIso, weekdayOfDay } from '../rules/calendar-day';

/** At most this many dates in each list of a year's calendar. */
export const HOLIDAY_LIST_MAX = 60;

const CalendarDate = z.string().refine((s) => dayFromIso(s) !== null, '日期应为真实存在的日期，格式 YYYY-MM-DD');

const DateList = z
  .array(CalendarDate)
  .max(HOLIDAY_LIST_MAX, `每个列表最多 ${HOLIDAY_LIST_MAX} 个日期`)
  .refine((dates) => new Set(dates).size === dates.length, '日期不能重复');

type Issue = { path: PropertyKey[]; message: string };

/** A date cannot be both a day off and a make-up working day; 调休 working days are weekends. */
function listIssues(body: { days: string[]; workdays: string[] }): Issue[] {
  const issues: Issue[] = [];
  const off = new Set(body.days);
  body.workdays.forEach((date, i) => {
    if (off.has(date)) issues.push({ path: ['workdays', i], message: `${date} 不能既放假又上班` });
    const day = dayFromIso(date);
    const weekday = day === null ? 0 : weekdayOfDay(day);
    if (weekday !== 0 && weekday !== 6)
      issues.push({ path: ['workdays', i], message: `${date} 不是周末，无需调休上班` });
  });
  return issues;
}

function yearIssues(year: number, body: { days: string[]; workdays: string[] }): Issue[] {
  const outside = (list: 'days' | 'workdays') =>
    body[list].flatMap((date, i) =>
      date.startsWith(`${year}-`) ? [] : [{ path: [list, i], message: `${date} 不在 ${year} 年` }],
    );
  return [...outside('days'), ...outside('workdays')];
}

/**
 * Body of PUT /admin/holidays/:year: the statutory days off (weekdays or
 * weekends) and the 调休 make-up working days of one year. The year comes
 * from the path, so check it with {@link holidayCalendarBodyFor} (or parse
 * the whole {@link HolidayCalendar}).
 */
export const HolidayCalendarBody = z.strictObject({ days: DateList, workdays: DateList }).superRefine((body, ctx) => {
  for (const issue of listIssues(body)) ctx.addIssue({ code: 'custom', ...issue });
});
export type HolidayCalendarBody = z.infer<typeof HolidayCalendarBody>;

/** {@link HolidayCalendarBody} whose every date lies in `year`. */
export function holidayCalendarBodyFor(year: number) {
  return HolidayCalendarBody.superRefine((body, ctx) => {
    for (const issue of yearIssues(year, body)) ctx.addIssue({ code: 'custom', ...issue });
  });
}

export const HolidayYear = z.number().int().min(2000).max(2100);

/** Path of GET and PUT /admin/holidays/:year. */
export const HolidayYearParams = z.strictObject({
  year: z
    .string()
    .regex(/^[0-9]{4}$/, '年份应为4位数字')
    .transform(Number)
    .pipe(HolidayYear),
});
export type HolidayYearParams = z.infer<typeof HolidayYearParams>;

/**
 * One year of the holiday calendar as stored and as the working-day clock
 * reads it. A year with no calendar counts only weekends as days off.
 */
export const HolidayCalendar = z
  .strictObject({ year: HolidayYear, days: DateList, workdays: DateList })
  .superRefine((calendar, ctx) => {
    for (const issue of [...listIssues(calendar), ...yearIssues(calendar.year, calendar)])
      ctx.addIssue({ code: 'custom', ...issue });
  });
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;

/**
 * `GET /admin/holidays/:year`: the year as the working-day clock counts it. A year no one has set
 * answers empty lists with `stored: false` — exactly what the clock does then (weekends only).
 */
export const HolidayYearView = z.object({
  year: HolidayYear,
  days: z.array(z.string()),
  workdays: z.array(z.string()),
  stored: z.boolean(),
  /** when it was last saved */
  updatedAt: z.string().optional(),
});
export type HolidayYearView = z.infer<typeof HolidayYearView>;
