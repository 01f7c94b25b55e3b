import { canTransition, type CaseStatus } from '@onetrip/shared';
import { type UpdateQuery } from 'mongoose';
import { writeCase } from '../applications/case-access';
import { type ApplicationRecord, type TimelineEntry } from '../applications/application.model';
import {
  enqueue,
  mergeUpdates,
  type NotificationKind,
  type OutboxExtra,
  type UpdateLike,
} from '../notifications/outbox';
import { auditStaff, type StaffContext } from './staff-access';
import { StaffErrors } from './staff.errors';

/** One change of a case by staff (or the deemed-acceptance job), written as ONE update. */
export interface Change {
  /** the statuses passed through, in order (window issue: issued, ready_for_pickup); empty: the status stays */
  path: CaseStatus[];
  /** appended to the timeline */
  events: TimelineEntry[];
  /** other fields to set */
  set?: Record<string, unknown>;
  /** other operators (`$unset`, …) */
  more?: UpdateLike;
  /** messages to the applicant, enqueued in the same update */
  notify?: { kind: NotificationKind; extra?: OutboxExtra }[];
}

/**
 * The update of a change: every step of `path` checked with `canTransition`
 * (409 INVALID_STATE otherwise), the new status, the timeline events and the
 * outbox entries merged into one update document.
 */
export function changeUpdate(record: ApplicationRecord, change: Change): UpdateLike {
  let from = record.status;
  for (const to of change.path) {
    if (!canTransition(from, to)) throw StaffErrors.wrongState();
    from = to;
  }
  const $set = { ...(change.path.length ? { status: from } : {}), ...change.set };
  let update: UpdateLike = {
    ...(Object.keys($set).length ? { $set } : {}),
    $push: { timeline: { $each: change.events } },
  };
  if (change.more) update = mergeUpdates(update, change.more);
  for (const { kind, extra } of change.notify ?? []) update = mergeUpdates(update, enqueue(record, kind, extra));
  return update;
}

/**
 * Applies a staff member's change to the case as read (If-Match already
 * checked by `loadStaffCase`): one version-guarded update (`guardedUpdate`
 * under the case's write lease) carries status, events and messages; then
 * the action is audited. Outcomes: the updated record; 409 VERSION_CONFLICT
 * when another write came first; 409 INVALID_STATE when the lifecycle does
 * not allow the step.
 */
export async function applyChange(
  ctx: StaffContext,
  record: ApplicationRecord,
  change: Change,
): Promise<ApplicationRecord> {
  const update = changeUpdate(record, change);
  const updated = await writeCase(ctx.app, record, update as UpdateQuery<ApplicationRecord>);
  await auditStaff(ctx, `case.${change.events[0]?.action ?? 'change'}`, record._id.toHexString());
  return updated;
}
