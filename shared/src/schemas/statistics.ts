import { z } from 'zod';
import { dayFromIso } from '../rules/calendar-day';
import { CaseStatus } from './case-status';
import { Text } from './common';

/** The longest period one statistics request may cover (days). */
export const STATISTICS_MAX_DAYS = 366;

const IsoDay = z.string().refine((s) => dayFromIso(s) !== null, '日期应为 YYYY-MM-DD');

/**
 * GET /staff/statistics?from=&to=&department= — `from`/`to` are days
 * (Asia/Shanghai, both included; default: the 30 days up to today).
 * `department`: staff may only name their own; admin any, or none for all.
 */
export const StatisticsQuery = z
  .strictObject({ from: IsoDay.optional(), to: IsoDay.optional(), department: Text(50).optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine((q) => !q.from || !q.to || (dayFromIso(q.to) ?? 0) - (dayFromIso(q.from) ?? 0) < STATISTICS_MAX_DAYS, {
    message: `统计区间最长 ${STATISTICS_MAX_DAYS} 天`,
    path: ['to'],
  });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

const Rate = z.number().min(0).max(1).nullable();

/** The centre's figures for the period; a rate or average is null when there is nothing to divide by. */
export const StatisticsView = z.object({
  from: z.string(),
  to: z.string(),
  /** null: every department (admin) */
  department: z.string().nullable(),
  /** cases submitted in the period, by department of their items and current status (a chain case counts once per department) */
  volumes: z.array(z.object({ department: z.string(), status: CaseStatus, count: z.number().int() })),
  /** completed cases decided within their time limit / completed cases that had one */
  onTimeRate: Rate,
  /** working days from acceptance to the final decision, averaged over the completed cases */
  averageDays: z.number().nullable(),
  /** ratings of 4–5 stars / all ratings given in the period */
  goodRatingRate: Rate,
  ratings: z.object({
    count: z.number().int(),
    average: z.number().nullable(),
    byScore: z.object({
      1: z.number().int(),
      2: z.number().int(),
      3: z.number().int(),
      4: z.number().int(),
      5: z.number().int(),
    }),
  }),
});
export type StatisticsView = z.infer<typeof StatisticsView>;
