import { type FastifyInstance } from 'fastify';
import { CHASEABLE_STAGES, isWorkingDay, type HolidayCalendars } from '@onetrip/shared';
import { openCaseModel, readCaseDays, type CaseDayRecord, type OpenCaseRecord } from '../applications';
import { loadCalendars } from '../holidays';
import { headsByDepartment, type DepartmentStaffMember } from '../users';
import { beijingDate } from '../../lib/beijing-date';
import { insertUnique, TIMING, tryWithLease } from '../../lib/store';
import { startPeriodicJob } from '../../lib/periodic-job';
import { openFigures } from './open-figures';
import { ratio } from './period-figures';
import { queueStaffMessages } from './staff-messages';
import { summaryModel, type SummaryRecord } from './staff-message.model';

const DAY_MS = 86_400_000;
/** No working day is preceded by more than this many days off (the longest holiday is a week long). */
const LOOK_BACK_DAYS = 15;

const dayBefore = (day: string) => beijingDate(new Date(Date.parse(`${day}T12:00:00+08:00`) - DAY_MS));

/** The days since the working day before `today` (that one included, today not): what the summary reports. */
function daysSinceLastWorkingDay(today: string, calendars: HolidayCalendars): string[] {
  const days: string[] = [];
  let day = dayBefore(today);
  for (let i = 0; i < LOOK_BACK_DAYS; i += 1) {
    days.unshift(day);
    if (isWorkingDay(day, calendars)) break;
    day = dayBefore(day);
  }
  return days;
}

type Figures = Pick<SummaryRecord, 'open' | 'red' | 'yellow' | 'finished' | 'onTime'>;

/** One department's figures: open cases now and their lights, and what it concluded since the last working day. */
function figuresOf(department: string, open: ReturnType<typeof openFigures>, days: readonly CaseDayRecord[]): Figures {
  const stages = [...(open.lights.get(department)?.entries() ?? [])];
  const waiting = stages.filter(([stage]) => CHASEABLE_STAGES.includes(stage)).map(([, count]) => count);
  const concluded = days.flatMap((d) => d.concluded).filter((f) => f.departments.includes(department));
  return {
    open: stages.reduce((n, [, c]) => n + c.green + c.yellow + c.red, 0),
    red: waiting.reduce((n, c) => n + c.red, 0),
    yellow: waiting.reduce((n, c) => n + c.yellow, 0),
    finished: concluded.length,
    onTime: concluded.filter((f) => f.onTime).length,
  };
}

/** Queues the department's summary for its heads, then records it: a repeat after a crash queues nothing twice. */
async function summarise(
  app: FastifyInstance,
  date: string,
  department: string,
  heads: DepartmentStaffMember[],
  figures: Figures,
  now: Date,
): Promise<boolean> {
  const source = `summary:${date}:${department}`;
  const notice = { department, date, ...figures, onTimeRate: ratio(figures.onTime, figures.finished) };
  const messages = heads.map((h) => ({ kind: 'daily_summary' as const, source, userId: h.userId, notice }));
  await queueStaffMessages(app.db, messages, 'pending', now);
  return insertUnique(summaryModel(app.db), {
    _id: `${date}:${department}`,
    date,
    department,
    ...figures,
    heads: heads.length,
    at: now,
  });
}

export interface SummaryRun {
  /** departments summarised by this pass */
  sent: number;
  /** why nothing was done: not a working day, too early, another copy at it */
  skipped?: 'not_working_day' | 'too_early' | 'busy';
}

/**
 * 效能监察's morning summary: on a working day (the holiday calendar) from `SUPERVISION_SUMMARY_HOUR` (Beijing),
 * each department with a head (`departmentHead` staff) gets one message per head — open cases, red, yellow, and
 * the cases concluded since the last working day with their on-time rate — queued to the staff messages. Once
 * per department and day: `supervision_summaries/<day>:<department>` is inserted unique after its messages
 * (each message unique per head), and a department already recorded is passed over; one copy at a time (the
 * day's lease). Tests call it with `now`.
 */
export async function sendDailySummaries(app: FastifyInstance, now = new Date()): Promise<SummaryRun> {
  const calendars = await loadCalendars(app.db);
  const today = beijingDate(now);
  if (!isWorkingDay(today, calendars)) return { sent: 0, skipped: 'not_working_day' };
  const hour = new Date(now.getTime() + 8 * 3_600_000).getUTCHours();
  if (hour < app.config.SUPERVISION_SUMMARY_HOUR) return { sent: 0, skipped: 'too_early' };
  const sent = await tryWithLease(
    app.db,
    `supervision-summary:${today}`,
    async () => {
      const heads = await headsByDepartment(app.db);
      const done = new Set(
        (await summaryModel(app.db).find({ date: today }).select({ department: 1 }).lean()).map((s) => s.department),
      );
      const due = [...heads].filter(([department]) => !done.has(department));
      if (!due.length) return 0;
      const [cases, days] = await Promise.all([
        openCaseModel(app.db).find({}).lean<OpenCaseRecord[]>(),
        readCaseDays(app.db, daysSinceLastWorkingDay(today, calendars)),
      ]);
      const open = openFigures(cases, calendars, now, null);
      let count = 0;
      for (const [department, members] of due) {
        if (await summarise(app, today, department, members, figuresOf(department, open, days), now)) count += 1;
      }
      return count;
    },
    TIMING.exclusiveStep,
  );
  if (sent === null) return { sent: 0, skipped: 'busy' };
  if (sent) app.log.info({ action: 'supervision.daily_summary', departments: sent }, 'daily summaries queued');
  return { sent };
}

/** Looks every `intervalMs` (0 = never) whether this working day's summaries are due. */
export function startDailySummaryJob(app: FastifyInstance, intervalMs: number): void {
  startPeriodicJob(app, intervalMs, 'supervision.daily_summary', () => sendDailySummaries(app));
}
