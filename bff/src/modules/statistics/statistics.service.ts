import { type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import {
  CASE_STATUSES,
  computeDeadline,
  workingDaysBetween,
  type CaseStatus,
  type HolidayCalendars,
  type StatisticsQuery,
  type StatisticsView,
} from '@onetrip/shared';
import { applicationModel, promisedDaysOf, type ApplicationRecord } from '../applications';
import { evaluationModel } from '../evaluations';
import { loadCalendars } from '../holidays';
import { type UserRecord } from '../users';
import { periodOf } from './period';
import { StatisticsErrors } from './statistics.errors';

/** Which department the user may see: staff their own only; admin the one asked for, or all (null). */
export function departmentScope(user: Pick<UserRecord, 'roles' | 'department'>, asked?: string): string | null {
  if (user.roles.includes('admin')) return asked ?? null;
  if (!user.department) throw StatisticsErrors.noDepartment();
  if (asked !== undefined && asked !== user.department) throw StatisticsErrors.otherDepartment();
  return user.department;
}

type CaseFacts = Pick<ApplicationRecord, 'status' | 'items' | 'acceptedAt' | 'concludedAt' | 'completedAt' | 'pauses'>;

interface Tally {
  volumes: Map<string, number>;
  withDeadline: number;
  onTime: number;
  daysSum: number;
}

/**
 * One case into the tally. A completed case's processing ends with the final
 * decision (`concludedAt`, where the time limit stops; else `completedAt`):
 * on time when that is not after its due date, and its working days since
 * acceptance count toward the average.
 */
function count(tally: Tally, record: CaseFacts, department: string | null, calendars: HolidayCalendars): void {
  const departments = new Set(record.items.map((i) => i.department).filter((d) => !department || d === department));
  for (const d of departments) {
    const key = JSON.stringify([d, record.status]);
    tally.volumes.set(key, (tally.volumes.get(key) ?? 0) + 1);
  }
  const end = record.concludedAt ?? record.completedAt;
  if (record.status !== 'completed' || !record.acceptedAt || !end) return;
  const { dueAt } = computeDeadline({
    acceptedAt: record.acceptedAt,
    promisedDays: promisedDaysOf(record),
    pauses: record.pauses ?? [],
    now: end,
    calendars,
  });
  tally.withDeadline += 1;
  if (end.getTime() <= dueAt.getTime()) tally.onTime += 1;
  tally.daysSum += workingDaysBetween(record.acceptedAt, end, calendars);
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : null);

/** Ratings given in the period: `$match` + `$group` by score with `$sum` (what FerretDB runs). */
async function ratingsOf(app: FastifyInstance, start: Date, end: Date, department: string | null) {
  const groups = await evaluationModel(app.db).aggregate<{ _id: number; n: number }>([
    { $match: { at: { $gte: start, $lte: end }, ...(department ? { departments: department } : {}) } },
    { $group: { _id: '$score', n: { $sum: 1 } } },
  ]);
  const byScore = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const g of groups) if (g._id in byScore) byScore[g._id as keyof typeof byScore] = g.n;
  const total = Object.values(byScore).reduce((a, b) => a + b, 0);
  const points = Object.entries(byScore).reduce((sum, [score, n]) => sum + Number(score) * n, 0);
  return { count: total, average: ratio(points, total), byScore, good: byScore[4] + byScore[5] };
}

/**
 * `GET /staff/statistics`: the centre's figures for cases SUBMITTED in the
 * period (and ratings GIVEN in it). Cases are read in code from one query
 * bounded by the period (≤ 366 days) and the department, streamed with a
 * projection, because lights and due dates need the holiday calendar and
 * FerretDB's $group keeps only one key; ratings use `$match/$group($sum)`.
 * Outcomes: the figures; 403 FORBIDDEN for another department (staff) or
 * none set; 400 VALIDATION_FAILED for a reversed or too long period.
 */
export async function centreStatistics(
  app: FastifyInstance,
  user: Pick<UserRecord, 'roles' | 'department'>,
  query: StatisticsQuery,
  now = new Date(),
): Promise<StatisticsView> {
  const department = departmentScope(user, query.department);
  const { from, to, start, end } = periodOf(query, now);
  const calendars = await loadCalendars(app.db);
  const tally: Tally = { volumes: new Map(), withDeadline: 0, onTime: 0, daysSum: 0 };
  const cursor = applicationModel(app.db)
    .find({
      submittedAt: mongoose.trusted({ $gte: start, $lte: end }),
      ...(department ? { 'items.department': department } : {}),
    })
    .select('status items.department items.promisedDays acceptedAt concludedAt completedAt pauses')
    .lean<CaseFacts[]>()
    .cursor();
  for await (const record of cursor) count(tally, record, department, calendars);
  const ratings = await ratingsOf(app, start, end, department);
  const order = (s: string) => CASE_STATUSES.indexOf(s as CaseStatus);
  const volumes = [...tally.volumes]
    .map(([key, n]) => {
      const [d, status] = JSON.parse(key) as [string, CaseStatus];
      return { department: d, status, count: n };
    })
    .sort((a, b) => a.department.localeCompare(b.department, 'zh') || order(a.status) - order(b.status));
  return {
    from,
    to,
    department,
    volumes,
    onTimeRate: ratio(tally.onTime, tally.withDeadline),
    averageDays: tally.withDeadline > 0 ? round(tally.daysSum / tally.withDeadline) : null,
    goodRatingRate: ratio(ratings.good, ratings.count),
    ratings: { count: ratings.count, average: ratings.average, byScore: ratings.byScore },
  };
}
