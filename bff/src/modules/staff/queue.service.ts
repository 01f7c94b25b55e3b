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
  applicationModel,
  caseDeadline,
  queueToken,
  submittedAtOf,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { leadDepartmentOf, type StaffContext } from './staff-access';
import { followupQueue } from './followup-link';
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

type WorkStage = Exclude<StaffQueueQuery['stage'], 'followup'>;

/** Which cases wait for the department at each stage, and by which clock. */
const STAGES: Record<
  WorkStage,
  { status: string; mine: (r: ApplicationRecord, dept: string) => boolean; clock: 'acceptance' | 'deadline' }
> = {
  // Any involved department's window may accept (一窗受理).
  acceptance: { status: 'submitted', mine: (r, d) => r.items.some((i) => i.department === d), clock: 'acceptance' },
  // Each department its own items still pending (并联审批).
  approval: {
    status: 'accepted',
    mine: (r, d) => r.items.some((i) => i.department === d && i.status === 'pending'),
    clock: 'deadline',
  },
  // The lead department issues.
  issuance: { status: 'approved', mine: (r, d) => leadDepartmentOf(r) === d, clock: 'deadline' },
};

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
  };
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
 * §32 clock; approval and issuance: the time limit). `followup` comes from the
 * evaluations module. Outcomes: the page and the total after the light filter;
 * an empty queue for a staff member without a department.
 */
export async function staffQueue(ctx: StaffContext, query: StaffQueueQuery, at?: Date): Promise<StaffQueue> {
  const { department } = ctx.staff;
  if (!department) return { items: [], total: 0 };
  const now = at ?? new Date();
  if (query.stage === 'followup') return followupQueue(ctx, query, now);
  // A queue changes only when a case of the department moves or its clock does (case-tokens.ts);
  // a queue asked for at another time than now (tests of the lights) is always computed.
  const cache = tokenCacheOf<StaffQueue>(ctx.app.db, QUEUES.name, QUEUES.max, QUEUES.ttlMs);
  const cacheKey = JSON.stringify([department, query.stage, query.light ?? '', query.page, query.pageSize]);
  const token = await readTokens(ctx.app.db, [queueToken(department)]);
  const cached = at ? undefined : cache.get(cacheKey, token);
  if (cached) return cached;
  const stage = STAGES[query.stage];
  const records = await applicationModel(ctx.app.db)
    .find({ status: stage.status, departments: department })
    .select('number status items applicant.name submittedAt createdAt acceptedAt pauses concludedAt timeline')
    .sort({ submittedAt: 1, _id: 1 })
    .limit(QUEUE_SCAN_MAX)
    .lean<ApplicationRecord[]>();
  const calendars = await loadCalendars(ctx.app.db);
  const rows = records
    .filter((r) => r.number && stage.mine(r, department))
    .map((r) => rowOf(r, clockOf(query.stage as WorkStage, r, calendars, now)))
    .filter((row) => !query.light || row.light === query.light)
    .sort(dueFirst);
  const start = (query.page - 1) * query.pageSize;
  const queue = { items: rows.slice(start, start + query.pageSize), total: rows.length };
  if (!at) cache.set(cacheKey, token, queue);
  return queue;
}
