import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { currentUserOf } from '../users';
import { recordAudit } from '../audit';
import { assertVersion, readCase, type ApplicationRecord, type TimelineEntry } from '../applications';
import { StaffErrors } from './staff.errors';

/** The signed-in staff member, as `requireRole('staff')` has just re-read them. */
export interface StaffMember {
  userId: string;
  /** '' when no department is set: such a member is involved in no case */
  department: string;
}

/** What every staff service needs: the app, who acts, and the request (for the audit log). */
export interface StaffContext {
  app: FastifyInstance;
  staff: StaffMember;
  requestId: string;
}

export function staffContext(app: FastifyInstance, request: FastifyRequest): StaffContext {
  const user = currentUserOf(request);
  return { app, staff: { userId: user._id.toHexString(), department: user.department ?? '' }, requestId: request.id };
}

/**
 * Staff see a case once it has been submitted (it has a number) and one of
 * its items belongs to their department.
 */
export const isInvolved = (record: ApplicationRecord, department: string) =>
  department !== '' && Boolean(record.number) && record.items.some((i) => i.department === department);

/** The department of the first item (a chain's items start with its lead department's): it issues and hands over. */
export const leadDepartmentOf = (record: Pick<ApplicationRecord, 'items'>) => record.items[0]?.department ?? '';

/**
 * The case, if the staff member is involved; with `ifMatch`, only at that
 * version. Outcomes: the record; 404 for an unknown case and an uninvolved
 * one alike; 409 VERSION_CONFLICT for a stale If-Match (before any other check).
 */
export async function loadStaffCase(ctx: StaffContext, id: string, ifMatch?: string): Promise<ApplicationRecord> {
  const record = await readCase(ctx.app, id);
  if (!record || !isInvolved(record, ctx.staff.department)) throw StaffErrors.notFound();
  if (ifMatch !== undefined) assertVersion(record, ifMatch);
  return record;
}

/** Issue and handover belong to the lead department: 403 for the other involved departments. */
export function assertLead(ctx: StaffContext, record: ApplicationRecord): void {
  if (leadDepartmentOf(record) !== ctx.staff.department) throw StaffErrors.notLead();
}

/** A timeline event by the staff member. */
export function staffEvent(ctx: StaffContext, action: string, note?: string): TimelineEntry {
  return { at: new Date(), actor: { role: 'staff', userId: ctx.staff.userId }, action, ...(note ? { note } : {}) };
}

/** One audit entry for what the staff member did to (or read of) the case. */
export async function auditStaff(ctx: StaffContext, action: string, caseId: string): Promise<void> {
  await recordAudit(ctx.app.db, {
    actor: { userId: ctx.staff.userId, role: 'staff' },
    action,
    caseId,
    requestId: ctx.requestId,
  });
}
