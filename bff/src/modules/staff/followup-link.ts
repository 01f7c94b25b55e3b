import { type FollowupRow, type StaffQueue, type StaffQueueQuery, type StaffQueueRow } from '@onetrip/shared';
import { closeFollowup, listFollowups } from '../evaluations';
import { auditStaff, type StaffContext } from './staff-access';

/**
 * The follow-ups of 1–2 star ratings (回访), kept by the evaluations module,
 * as the staff see them: a stage of the queue, and closing one (audited).
 */

/** A follow-up as a queue row: the case and the rating, nothing about who rated. */
function rowOf(f: FollowupRow): StaffQueueRow {
  return {
    id: f.id,
    number: f.number,
    status: f.status,
    itemNames: f.itemNames,
    dueAt: f.dueAt,
    light: f.light,
    paused: false,
    followup: {
      score: f.score,
      tags: f.tags,
      ...(f.comment ? { comment: f.comment } : {}),
      evaluatedAt: f.evaluatedAt,
      status: f.followupStatus,
    },
  };
}

/** The `followup` stage (回访 of 1–2 star ratings): the open follow-ups of the department, from the evaluations module. */
export async function followupQueue(ctx: StaffContext, query: StaffQueueQuery, now = new Date()): Promise<StaffQueue> {
  const page = { page: query.page, pageSize: query.pageSize, ...(query.light ? { light: query.light } : {}) };
  const { items, total } = await listFollowups(ctx.app.db, ctx.staff.department, page, now);
  return { items: items.map(rowOf), total };
}

/**
 * `POST /staff/applications/:id/followup/close` `{note}`: the staff member
 * closes a follow-up of their department (evaluations' `closeFollowup`:
 * 404, 409 INVALID_STATE when closed already, 409 VERSION_CONFLICT), audited.
 */
export async function closeFollowupAsStaff(ctx: StaffContext, caseId: string, note: string): Promise<FollowupRow> {
  const row = await closeFollowup(ctx.app, ctx.staff, caseId, note);
  await auditStaff(ctx, 'followup.close', caseId);
  return row;
}
