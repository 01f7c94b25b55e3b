import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import {
  workingDaysBetween,
  type FollowupList,
  type FollowupRow,
  type HolidayCalendars,
  type Light,
} from '@onetrip/shared';
import { findEachById } from '../../lib/by-ids';
import { applicationModel, type ApplicationRecord } from '../applications';
import { loadCalendars } from '../holidays';
import { evaluationModel, type EvaluationRecord, type FollowupRecord } from './evaluation.model';
import { EvaluationErrors } from './evaluations.errors';
import { updateVersioned } from '../../lib/store';

export interface FollowupPage {
  page: number;
  pageSize: number;
  /** only follow-ups with this light */
  light?: Light;
  /** `open` (the queue, default) or `closed` (done ones, latest first) */
  status?: 'open' | 'closed';
}

/** The follow-up clock: red once overdue, yellow on the last working day (or less), green before. */
export function followupLight(dueAt: Date, now: Date, calendars: HolidayCalendars): Light {
  if (now.getTime() > dueAt.getTime()) return 'red';
  return workingDaysBetween(now, dueAt, calendars) <= 1 ? 'yellow' : 'green';
}

type Stored = EvaluationRecord & { followup: FollowupRecord };

function rowOf(e: Stored, status: ApplicationRecord['status'] | undefined, light: Light): FollowupRow {
  const f = e.followup;
  return {
    id: e.caseId,
    number: e.number,
    status: status ?? 'completed',
    itemNames: e.itemNames,
    departments: e.departments,
    score: e.score,
    tags: e.tags,
    ...(e.comment ? { comment: e.comment } : {}),
    evaluatedAt: e.at.toISOString(),
    followupStatus: f.status,
    dueAt: f.dueAt.toISOString(),
    light,
    ...(f.note ? { note: f.note } : {}),
    ...(f.closedAt ? { closedAt: f.closedAt.toISOString() } : {}),
  };
}

/**
 * The `followup` queue of a department (回访 of 1–2 star ratings): open ones
 * due first, with lights. Rows carry the case and the rating only — no user
 * id, name or phone of whoever rated. Outcomes: the page and the total after
 * the light filter (at most 2,000 follow-ups are looked at).
 */
export async function listFollowups(
  conn: Connection,
  department: string,
  page: FollowupPage,
  now = new Date(),
): Promise<FollowupList> {
  if (!department) return { items: [], total: 0 };
  const status = page.status ?? 'open';
  const stored = await evaluationModel(conn)
    .find({ departments: department, 'followup.status': status })
    .sort(status === 'open' ? { 'followup.dueAt': 1, _id: 1 } : { 'followup.closedAt': -1, _id: -1 })
    .limit(2_000)
    .lean<Stored[]>();
  const calendars = await loadCalendars(conn);
  const lit = stored
    .map((e) => ({
      e,
      light: status === 'open' ? followupLight(e.followup.dueAt, now, calendars) : ('green' as const),
    }))
    .filter((x) => !page.light || x.light === page.light);
  const slice = lit.slice((page.page - 1) * page.pageSize, page.page * page.pageSize);
  const cases = await findEachById(
    applicationModel(conn),
    slice.map((x) => x.e.caseId),
    {},
    { status: 1 },
  );
  const statusOf = new Map(cases.map((c) => [c._id.toHexString(), c.status]));
  return { items: slice.map((x) => rowOf(x.e, statusOf.get(x.e.caseId), x.light)), total: lit.length };
}

/**
 * Closes the follow-up of a rated case for staff of a department it
 * involves (`POST /staff/applications/:id/followup/close`, a staff route that
 * also audits it), recording the note and who closed it (version-guarded).
 * Outcomes:
 * the row; 404 NOT_FOUND for no follow-up or another department's; 409
 * INVALID_STATE when already closed; 409 VERSION_CONFLICT when two close at once.
 */
export async function closeFollowup(
  app: FastifyInstance,
  closer: { userId: string; department?: string },
  caseId: string,
  note: string,
): Promise<FollowupRow> {
  const { department, userId } = closer;
  const Model = evaluationModel(app.db);
  const found = await Model.findOne({ caseId }).lean<EvaluationRecord>();
  if (!found?.followup || !department || !found.departments.includes(department))
    throw EvaluationErrors.followupNotFound();
  if (found.followup.status !== 'open') throw EvaluationErrors.followupClosed();
  const closedAt = new Date();
  const updated = await updateVersioned(Model, found._id.toHexString(), found.version, {
    $set: {
      'followup.status': 'closed',
      'followup.note': note,
      'followup.closedAt': closedAt,
      'followup.closedBy': { userId, department },
    },
  });
  if (!updated) {
    const now = await Model.findById(found._id).lean<EvaluationRecord>();
    throw now?.followup?.status === 'closed' ? EvaluationErrors.followupClosed() : EvaluationErrors.busy();
  }
  const record = await applicationModel(app.db)
    .findById(caseId)
    .select({ status: 1 })
    .lean<Pick<ApplicationRecord, 'status'>>();
  return rowOf(updated as Stored, record?.status, 'green');
}
