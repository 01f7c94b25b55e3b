import { type FastifyInstance } from 'fastify';
import {
  CHASEABLE_STAGES,
  SUPERVISION_LIST_MAX,
  type CaseAlert,
  SUPERVISION_STAGES,
  type DepartmentFigures,
  type RatingFigures,
  type SupervisionQuery,
  type SupervisionView,
} from '@onetrip/shared';
import { complaintFigures } from '../complaints';
import { HALL_QUEUE_TOKEN, openCaseModel, readCaseDays, type OpenCaseRecord } from '../applications';
import { loadCalendars } from '../holidays';
import { readTokens } from '../../lib/change-tokens';
import { tokenCacheOf } from '../../lib/token-cache';
import { openFigures, type LightCount, type OpenFigures } from './open-figures';
import { periodFigures, ratio, type PeriodFigures } from './period-figures';
import { ratingFigures } from './ratings';
import { staffDirectory } from './staff-directory';
import { supervisionPeriod } from './period';

/**
 * Answers computed by this copy, valid while no case moved in a queue (every such write replaces the hall-wide
 * queue token, chases and conclusions included) and for a minute at most: the lights follow the clock, and a
 * rating or a closed follow-up, which no case write announces, shows within that minute.
 */
const CACHE = { name: 'supervision', max: 200, ttlMs: 60_000 };

const byChinese = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');

/** The departments the catalog's items name (the catalog module owns `items`; it may not exist yet). */
async function catalogDepartments(app: FastifyInstance): Promise<string[]> {
  const names = await app.db
    .collection('items')
    .distinct('department')
    .catch(() => []);
  return names.filter((d): d is string => typeof d === 'string' && d.length > 0);
}

function departmentRow(name: string, open: OpenFigures, period: PeriodFigures): DepartmentFigures {
  const lights = open.lights.get(name);
  const zero: LightCount = { green: 0, yellow: 0, red: 0 };
  const stages = SUPERVISION_STAGES.map((stage) => ({ stage, ...(lights?.get(stage) ?? zero) }));
  const waiting = stages.filter((s) => CHASEABLE_STAGES.includes(s.stage));
  const done = period.departments.get(name) ?? { finished: 0, onTime: 0, deemed: 0 };
  return {
    department: name,
    open: stages.reduce((n, s) => n + s.green + s.yellow + s.red, 0),
    stages,
    red: waiting.reduce((n, s) => n + s.red, 0),
    yellow: waiting.reduce((n, s) => n + s.yellow, 0),
    finished: done.finished,
    onTime: done.onTime,
    onTimeRate: ratio(done.onTime, done.finished),
    deemed: done.deemed,
  };
}

/**
 * The departments a supervisor must look at first on top: most red, then most yellow, then most open
 * (a stable sort keeps the Chinese order among equals).
 */
const mostUrgentFirst = (a: DepartmentFigures, b: DepartmentFigures) =>
  b.red - a.red || b.yellow - a.yellow || b.open - a.open;

/** Every department with something to show (or only the one asked for), in Chinese order. */
function departmentNames(
  department: string | null,
  catalog: string[],
  open: OpenFigures,
  period: PeriodFigures,
  ratings: RatingFigures[],
): string[] {
  if (department) return [department];
  const names = new Set([
    ...catalog,
    ...open.lights.keys(),
    ...period.departments.keys(),
    ...ratings.map((r) => r.department),
  ]);
  return [...names].sort(byChinese);
}

/** The view, and the red and yellow lists whole (the view keeps their first SUPERVISION_LIST_MAX). */
export interface SupervisionReport {
  view: SupervisionView;
  overdue: CaseAlert[];
  dueSoon: CaseAlert[];
}

/**
 * The report as of `now`, computed afresh: the open-case projection (the open cases only), the period's
 * `case_days` (one read per month), the staff and the period's ratings — never the finished cases.
 * Outcomes: the report; 400 VALIDATION_FAILED for a reversed or too long period.
 */
export async function supervisionReport(
  app: FastifyInstance,
  query: SupervisionQuery,
  now: Date,
): Promise<SupervisionReport> {
  const department = query.department ?? null;
  const period = supervisionPeriod(query, now);
  const OpenCases = openCaseModel(app.db);
  const [cases, calendars, days, directory, ratings, catalog] = await Promise.all([
    OpenCases.find(department ? { departments: department } : {}).lean<OpenCaseRecord[]>(),
    loadCalendars(app.db),
    readCaseDays(app.db, period.days),
    staffDirectory(app.db),
    ratingFigures(app.db, period.start, period.end, department, now),
    department ? Promise.resolve([]) : catalogDepartments(app),
  ]);
  const open = openFigures(cases, calendars, now, department);
  const done = periodFigures(days, directory, department);
  const view = {
    at: now.toISOString(),
    from: period.from,
    to: period.to,
    department,
    departments: departmentNames(department, catalog, open, done, ratings)
      .map((d) => departmentRow(d, open, done))
      .sort(mostUrgentFirst),
    overdue: open.overdue.slice(0, SUPERVISION_LIST_MAX),
    overdueTotal: open.overdue.length,
    dueSoon: open.dueSoon.slice(0, SUPERVISION_LIST_MAX),
    dueSoonTotal: open.dueSoon.length,
    deemed: done.deemed.slice(0, SUPERVISION_LIST_MAX),
    windows: done.windows,
    clerks: done.clerks,
    ratings: [...ratings].sort((a, b) => byChinese(a.department, b.department)),
    complaints: await complaintFigures(app, department, now),
  };
  return { view, overdue: open.overdue, dueSoon: open.dueSoon };
}

/**
 * `GET /admin/supervision`: every department's open cases by stage and light, the red and yellow lists, the
 * period's deemed acceptances, windows', clerks' and departments' concluded cases and on-time rates, and the
 * ratings (`supervisionReport`), from this copy's cache while it holds. `at` (tests) computes afresh.
 * Outcomes: the view; 400 VALIDATION_FAILED for a reversed or too long period.
 */
export async function supervisionDashboard(
  app: FastifyInstance,
  query: SupervisionQuery,
  at?: Date,
): Promise<SupervisionView> {
  const now = at ?? new Date();
  // Checked before the cache, so a bad period is refused whatever was computed before.
  supervisionPeriod(query, now);
  if (at) return (await supervisionReport(app, query, now)).view;
  const cache = tokenCacheOf<SupervisionView>(app.db, CACHE.name, CACHE.max, CACHE.ttlMs);
  const key = JSON.stringify([query.department ?? '', query.from ?? '', query.to ?? '']);
  const token = await readTokens(app.db, [HALL_QUEUE_TOKEN]);
  const cached = cache.get(key, token);
  // 投诉建议 are not cases (no queue token announces them): their figures are read afresh each time.
  if (cached) return { ...cached, complaints: await complaintFigures(app, query.department ?? null, now) };
  const { view } = await supervisionReport(app, query, now);
  cache.set(key, token, view);
  return view;
}
