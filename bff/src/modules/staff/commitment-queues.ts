import mongoose from 'mongoose';
import {
  maskName,
  type StaffApplicationView,
  type StaffQueue,
  type StaffQueueQuery,
  type StaffQueueRow,
  type VerificationBody,
} from '@onetrip/shared';
import { beijingDate } from '../../lib/beijing-date';
import { applicationModel, gapsOverdue, submittedAtOf, type ApplicationRecord } from '../applications';
import { assertStep, loadStaffCase, staffEvent, type StaffContext } from './staff-access';
import { staffViewOf } from './staff-view';
import { StaffErrors } from './staff.errors';
import { applyChange } from './transition';
import { QUEUE_SCAN_MAX } from './queue.service';

/** Statuses in which a gap can be open: from acceptance, and after issue when the commitment let it go first. */
const GAP_STATUSES = ['accepted', 'approved', 'issued', 'ready_for_pickup', 'shipping', 'delivered', 'completed'];
const FIELDS = 'number status items applicant.name submittedAt createdAt acceptedAt gaps gapsDue';

/** The end of a Beijing day (`YYYY-MM-DD`) as an instant: a gap is due by then. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

/** Red once past its day, yellow on its last day, else green. */
function gapLight(record: ApplicationRecord, now: Date): StaffQueueRow['light'] {
  if (gapsOverdue(record, now)) return 'red';
  return record.gapsDue === beijingDate(now) ? 'yellow' : 'green';
}

function rowOf(record: ApplicationRecord, dueAt: Date | null, light: StaffQueueRow['light']): StaffQueueRow {
  return {
    id: record._id.toHexString(),
    number: record.number ?? '',
    status: record.status,
    itemNames: record.items.map((i) => i.name),
    applicantName: maskName(record.applicant?.name ?? ''),
    submittedAt: (submittedAtOf(record) ?? record.createdAt).toISOString(),
    ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
    ...(light ? { light } : {}),
    paused: false,
  };
}

function page(rows: StaffQueueRow[], query: StaffQueueQuery): StaffQueue {
  const kept = rows.filter((r) => !query.light || r.light === query.light);
  const start = (query.page - 1) * query.pageSize;
  return { items: kept.slice(start, start + query.pageSize), total: kept.length };
}

/**
 * The `gaps` stage (容缺待补): the department's cases accepted with materials
 * still to be supplied, overdue first (red: past the day the commitment named,
 * so the issue waits; yellow: due today). Read by the `{departments, status}`
 * index; department windows only.
 */
export async function gapQueue(ctx: StaffContext, query: StaffQueueQuery, now = new Date()): Promise<StaffQueue> {
  const { department, kind } = ctx.staff;
  if (kind !== 'department' || !department) return { items: [], total: 0 };
  const records = await applicationModel(ctx.app.db)
    .find({ departments: department, status: mongoose.trusted({ $in: GAP_STATUSES }) })
    .select(FIELDS)
    .limit(QUEUE_SCAN_MAX)
    .lean<ApplicationRecord[]>();
  const rows = records
    .filter((r) => r.number && r.gaps?.length && r.gapsDue)
    .sort((a, b) => (a.gapsDue! < b.gapsDue! ? -1 : a.gapsDue! > b.gapsDue! ? 1 : 0))
    .map((r) => rowOf(r, endOfDay(r.gapsDue!), gapLight(r, now)));
  return page(rows, query);
}

/**
 * The `verification` stage (核查): the department's cases accepted on a
 * 告知承诺 whose promises it has not checked yet, oldest first. One equality
 * on the `checkDepartments` query key.
 */
export async function verificationQueue(ctx: StaffContext, query: StaffQueueQuery): Promise<StaffQueue> {
  const { department, kind } = ctx.staff;
  if (kind !== 'department' || !department) return { items: [], total: 0 };
  const records = await applicationModel(ctx.app.db)
    .find({ checkDepartments: department })
    .select(FIELDS)
    .limit(QUEUE_SCAN_MAX)
    .lean<ApplicationRecord[]>();
  const rows = records
    .sort((a, b) => (a.acceptedAt?.getTime() ?? 0) - (b.acceptedAt?.getTime() ?? 0))
    .map((r) => rowOf(r, null, undefined));
  return page(rows, query);
}

const RESULT_NOTES = { confirmed: '核查属实', false_promise: '核查发现承诺不实' } as const;

/**
 * `POST /staff/applications/:id/verification` (If-Match) `{result, note?}`: the
 * department records its post-check (核查) of the 告知承诺 the case was accepted
 * on; the case leaves its `verification` queue. A false promise is recorded
 * on the case for the department to act on (撤销, 信用记录) by its own procedure.
 *
 * Outcomes: the staff view; 403 for a hall-wide window; 404 (not seen);
 * 409 VERSION_CONFLICT; 409 INVALID_STATE when the department has nothing to
 * check on the case (none promised, or checked already).
 */
export async function verifyCase(
  ctx: StaffContext,
  id: string,
  ifMatch: string,
  body: VerificationBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'decide');
  const record = await loadStaffCase(ctx, id, ifMatch);
  const department = ctx.staff.department ?? '';
  if (!record.checkDepartments?.includes(department)) throw StaffErrors.wrongState('本部门没有待核查的承诺事项');
  const note = [RESULT_NOTES[body.result], body.note].filter(Boolean).join('：');
  const check = {
    department,
    result: body.result,
    ...(body.note ? { note: body.note } : {}),
    by: ctx.staff.userId,
    at: new Date(),
  };
  const updated = await applyChange(ctx, record, {
    path: [],
    events: [staffEvent(ctx, 'verified', note)],
    set: { checkDepartments: record.checkDepartments.filter((d) => d !== department) },
    more: { $push: { checks: check } },
  });
  return staffViewOf(ctx, updated);
}
