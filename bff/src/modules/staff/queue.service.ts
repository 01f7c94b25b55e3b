import {
  maskName,
  type Deadline,
  type HolidayCalendars,
  type StaffQueue,
  type StaffQueueQuery,
  type StaffQueueRow,
} from '@onetrip/shared';
import {
  acceptanceDeadline,
  awaitsChainDecision,
  applicationModel,
  caseDeadline,
  HALL_QUEUE_TOKEN,
  queueToken,
  standingChase,
  submittedAtOf,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { leadDepartmentOf, touchedBy, type HallKind, type StaffContext } from './staff-access';
import { followupQueue } from './followup-link';
import { gapQueue, verificationQueue } from './commitment-queues';
import { readTokens } from '../../lib/change-tokens';
import { tokenCacheOf } from '../../lib/token-cache';

/** Queues this copy keeps; a minute bounds how long a light can lag the clock. */
const QUEUES = { name: 'staff-queues', max: 1_000, ttlMs: 60_000 };

/**
 * The most cases a queue looks at. Lights and due dates depend on the holiday
 * calendar and the pauses, so they are computed here rather than in the
 * database; a department's open cases at a county centre are far fewer.
 */
export const QUEUE_SCAN_MAX = 2_000;

type WorkStage = Exclude<StaffQueueQuery['stage'], 'followup' | 'gaps' | 'verification'>;

/** Which cases wait for the department at each stage, and by which clock. */
const STAGES: Record<
  WorkStage,
  { status: string; mine: (r: ApplicationRecord, dept: string) => boolean; clock: 'acceptance' | 'deadline' }
> = {
  // Any involved department's window may accept (一窗受理).
  acceptance: { status: 'submitted', mine: (r, d) => r.items.some((i) => i.department === d), clock: 'acceptance' },
  // Each department its own items still pending (并联审批); the lead department also a chain case whose
  // denied item waits for its go-on/stop decision.
  approval: {
    status: 'accepted',
    mine: (r, d) =>
      r.items.some((i) => i.department === d && i.status === 'pending') ||
      (leadDepartmentOf(r) === d && awaitsChainDecision(r)),
    clock: 'deadline',
  },
  // The lead department issues.
  issuance: { status: 'approved', mine: (r, d) => leadDepartmentOf(r) === d, clock: 'deadline' },
  // …and hands over what waits at the window (the time limit has stopped: the light shows how it ended).
  pickup: { status: 'ready_for_pickup', mine: (r, d) => leadDepartmentOf(r) === d, clock: 'deadline' },
};

/**
 * The hall-wide windows' stages: every department's cases of one status, found by an equality on
 * `status` (the `{status, submittedAt}` index), never a scan. The other stages are empty for them.
 * `own`: only the cases the clerk acted on — the comprehensive window's `approval` stage is the cases
 * it accepted (or sent a notice on) that the back offices are now deciding, read-only: the front desk
 * answers the resident's questions about them.
 */
const HALL_STAGES: Record<HallKind, Partial<Record<WorkStage, { status: string; own?: true }>>> = {
  comprehensive: { acceptance: { status: 'submitted' }, approval: { status: 'accepted', own: true } },
  results: { issuance: { status: 'approved' }, pickup: { status: 'ready_for_pickup' } },
};

/** Which cases a queue reads, and which ones of them are the staff member's. */
interface QueueScope {
  /** whose queue it is with the kind (the department; '' for the hall-wide kinds; the user for `own` stages) */
  key: string;
  token: string;
  filter: Record<string, unknown>;
  mine: (r: ApplicationRecord) => boolean;
}

function scopeOf(ctx: StaffContext, stage: WorkStage): QueueScope | null {
  const { department, kind } = ctx.staff;
  if (kind === 'department') {
    if (!department) return null;
    const { status, mine } = STAGES[stage];
    return {
      key: department,
      token: queueToken(department),
      filter: { status, departments: department },
      mine: (r) => mine(r, department),
    };
  }
  const hall = HALL_STAGES[kind][stage];
  if (!hall) return null;
  const { userId } = ctx.staff;
  return hall.own
    ? { key: userId, token: HALL_QUEUE_TOKEN, filter: { status: hall.status }, mine: (r) => touchedBy(r, userId) }
    : { key: '', token: HALL_QUEUE_TOKEN, filter: { status: hall.status }, mine: () => true };
}

function rowOf(record: ApplicationRecord, clock: Deadline | null): StaffQueueRow {
  return {
    id: record._id.toHexString(),
    number: record.number ?? '',
    status: record.status,
    itemNames: record.items.map((i) => i.name),
    applicantName: maskName(record.applicant?.name ?? ''),
    submittedAt: (submittedAtOf(record) ?? record.createdAt).toISOString(),
    ...(clock ? { dueAt: clock.dueAt.toISOString(), light: clock.light } : {}),
    paused: clock?.paused ?? false,
    ...chasedAtOf(record),
  };
}

/** 已催办: the chase of 效能监察 standing in the case's status. */
function chasedAtOf(record: ApplicationRecord): Pick<StaffQueueRow, 'chasedAt'> {
  const chase = standingChase(record);
  return chase ? { chasedAt: chase.at.toISOString() } : {};
}

/** Due first; cases without a clock after them, oldest submission first; then by number for a stable order. */
function dueFirst(a: StaffQueueRow, b: StaffQueueRow): number {
  if (a.dueAt !== b.dueAt) {
    if (!a.dueAt) return 1;
    if (!b.dueAt) return -1;
    return a.dueAt < b.dueAt ? -1 : 1;
  }
  const [sa, sb] = [a.submittedAt ?? '', b.submittedAt ?? ''];
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

function clockOf(stage: WorkStage, record: ApplicationRecord, calendars: HolidayCalendars, now: Date): Deadline | null {
  return STAGES[stage].clock === 'acceptance'
    ? acceptanceDeadline(record, calendars, now)
    : caseDeadline(record, calendars, now);
}

/**
 * `GET /staff/applications?stage=&light=&page=&pageSize=`: the staff member's
 * department's queue at one stage, due first, with lights (acceptance: the
 * §32 clock; approval, issuance and pickup: the time limit). `followup` comes from the
 * evaluations module. A comprehensive window's `acceptance` stage is every
 * department's `submitted` cases and its `approval` stage the `accepted` ones it
 * acted on; a results window's `issuance` is every `approved` case and its
 * `pickup` every `ready_for_pickup` one (HALL_STAGES). Outcomes: the page and the total after the
 * light filter; an empty queue for a department window without a department
 * and for the stages a hall-wide window does not work on.
 */
export async function staffQueue(ctx: StaffContext, query: StaffQueueQuery, at?: Date): Promise<StaffQueue> {
  const now = at ?? new Date();
  if (query.stage === 'followup') {
    return ctx.staff.kind === 'department' && ctx.staff.department
      ? followupQueue(ctx, query, now)
      : { items: [], total: 0 };
  }
  if (query.stage === 'gaps') return gapQueue(ctx, query, now);
  if (query.stage === 'verification') return verificationQueue(ctx, query);
  const scope = scopeOf(ctx, query.stage);
  if (!scope) return { items: [], total: 0 };
  // A queue changes only when a case of the department (of any, hall-wide) moves or its clock does (case-tokens.ts);
  // a queue asked for at another time than now (tests of the lights) is always computed.
  const cache = tokenCacheOf<StaffQueue>(ctx.app.db, QUEUES.name, QUEUES.max, QUEUES.ttlMs);
  const cacheKey = JSON.stringify([
    ctx.staff.kind,
    scope.key,
    query.stage,
    query.light ?? '',
    query.page,
    query.pageSize,
  ]);
  const token = await readTokens(ctx.app.db, [scope.token]);
  const cached = at ? undefined : cache.get(cacheKey, token);
  if (cached) return cached;
  const records = await applicationModel(ctx.app.db)
    .find(scope.filter)
    .select('number status items applicant.name submittedAt createdAt acceptedAt pauses concludedAt timeline chase')
    .sort({ submittedAt: 1, _id: 1 })
    .limit(QUEUE_SCAN_MAX)
    .lean<ApplicationRecord[]>();
  const calendars = await loadCalendars(ctx.app.db);
  const rows = records
    .filter((r) => r.number && scope.mine(r))
    .map((r) => rowOf(r, clockOf(query.stage as WorkStage, r, calendars, now)))
    .filter((row) => !query.light || row.light === query.light)
    .sort(dueFirst);
  const start = (query.page - 1) * query.pageSize;
  const queue = { items: rows.slice(start, start + query.pageSize), total: rows.length };
  if (!at) cache.set(cacheKey, token, queue);
  return queue;
}
