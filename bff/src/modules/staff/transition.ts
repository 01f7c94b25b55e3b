import { transitionCase, type ApplicationRecord, type CaseChange } from '../applications';
import { auditStaff, type StaffContext } from './staff-access';

/** A staff change names its first timeline event: that event's action is what is audited. */
export type StaffChange = CaseChange & { events: NonNullable<CaseChange['events']> };

/**
 * Applies a staff member's change to the case as read (If-Match already
 * checked by `loadStaffCase`) through the case's owner (`transitionCase`),
 * then audits the action. Outcomes: the updated record; 409 VERSION_CONFLICT
 * when another write came first; 409 INVALID_STATE when the lifecycle does
 * not allow the step.
 */
export async function applyChange(
  ctx: StaffContext,
  record: ApplicationRecord,
  change: StaffChange,
): Promise<ApplicationRecord> {
  const updated = await transitionCase(ctx.app, record, change);
  await auditStaff(ctx, `case.${change.events[0]?.action ?? 'change'}`, record._id.toHexString());
  return updated;
}
