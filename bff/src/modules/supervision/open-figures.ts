import {
  CHASEABLE_STAGES,
  computeDeadline,
  DEEMED_ACCEPTANCE_DAYS,
  type CaseAlert,
  type Deadline,
  type HolidayCalendars,
  type SupervisionStage,
} from '@onetrip/shared';
import { type OpenCaseRecord } from '../applications';

export interface LightCount {
  green: number;
  yellow: number;
  red: number;
}

export interface OpenFigures {
  /** department → stage → lights */
  lights: Map<string, Map<SupervisionStage, LightCount>>;
  /** red, most overdue first */
  overdue: CaseAlert[];
  /** yellow, due first */
  dueSoon: CaseAlert[];
}

/**
 * The clock that matters at the case's stage: the §32 acceptance clock before acceptance (paused while the
 * applicant answers a notice), the time limit after (read at the conclusion once there is one).
 */
export function clockOf(c: OpenCaseRecord, calendars: HolidayCalendars, now: Date): Deadline | null {
  if (c.stage === 'acceptance' || c.stage === 'supplement')
    return computeDeadline({
      acceptedAt: c.submittedAt,
      promisedDays: DEEMED_ACCEPTANCE_DAYS,
      pauses: c.pauses,
      now,
      calendars,
    });
  if (!c.acceptedAt) return null;
  const at = c.concludedAt && c.concludedAt < now ? c.concludedAt : now;
  return computeDeadline({
    acceptedAt: c.acceptedAt,
    promisedDays: c.promisedDays,
    pauses: c.pauses,
    now: at,
    calendars,
  });
}

function alertOf(c: OpenCaseRecord, clock: Deadline): CaseAlert {
  return {
    id: c._id,
    number: c.number,
    itemNames: c.itemNames,
    departments: c.waitingOn,
    stage: c.stage,
    dueAt: clock.dueAt.toISOString(),
    light: clock.light,
    workingDays: Math.abs(clock.workingDaysLeft),
    ...(c.chase ? { chasedAt: c.chase.at.toISOString() } : {}),
  };
}

const byDue = (a: CaseAlert, b: CaseAlert) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0);

/**
 * The open cases' lights per department and stage (a case counts for each department it waits on; with
 * `department`, for that one only), and the red and yellow lists of the stages that wait on a department.
 */
export function openFigures(
  cases: readonly OpenCaseRecord[],
  calendars: HolidayCalendars,
  now: Date,
  department: string | null,
): OpenFigures {
  const lights = new Map<string, Map<SupervisionStage, LightCount>>();
  const overdue: CaseAlert[] = [];
  const dueSoon: CaseAlert[] = [];
  for (const c of cases) {
    const clock = clockOf(c, calendars, now);
    if (!clock) continue;
    const departments = c.waitingOn.filter((d) => !department || d === department);
    if (!departments.length) continue;
    for (const d of departments) {
      const stages = lights.get(d) ?? new Map<SupervisionStage, LightCount>();
      const count = stages.get(c.stage) ?? { green: 0, yellow: 0, red: 0 };
      count[clock.light] += 1;
      stages.set(c.stage, count);
      lights.set(d, stages);
    }
    if (!CHASEABLE_STAGES.includes(c.stage)) continue;
    if (clock.light === 'red') overdue.push(alertOf(c, clock));
    if (clock.light === 'yellow') dueSoon.push(alertOf(c, clock));
  }
  return { lights, overdue: overdue.sort(byDue), dueSoon: dueSoon.sort(byDue) };
}
