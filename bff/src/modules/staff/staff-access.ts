import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { STAFF_KIND_LABELS, type CaseStatus, type StaffKind } from '@onetrip/shared';
import { currentUserOf, staffKindOf } from '../users';
import { recordAudit } from '../audit';
import { assertVersion, readCase, type ApplicationRecord, type TimelineEntry } from '../applications';
import { StaffErrors } from './staff.errors';

/** The signed-in staff member, as `requireRole('staff')` has just re-read them. */
export interface StaffMember {
  userId: string;
  /** '' when no department is set (always so for the hall-wide kinds): a department window without one sees no case */
  department: string;
  /** `department` (one department's window), `comprehensive` (综合窗口) or `results` (统一出件) */
  kind: StaffKind;
  /** the hall a comprehensive or results window works in ('' when none is set) */
  hall: string;
}

/** The kinds that work for every department of the centre. */
export type HallKind = Exclude<StaffKind, 'department'>;

/** What every staff service needs: the app, who acts, and the request (for the audit log). */
export interface StaffContext {
  app: FastifyInstance;
  staff: StaffMember;
  requestId: string;
}

export function staffContext(app: FastifyInstance, request: FastifyRequest): StaffContext {
  const user = currentUserOf(request);
  const kind = staffKindOf(user);
  return {
    app,
    staff: {
      userId: user._id.toHexString(),
      // A department left on a record whose kind changed must not widen what a hall-wide window sees.
      department: kind === 'department' ? (user.department ?? '') : '',
      kind,
      hall: user.hall ?? '',
    },
    requestId: request.id,
  };
}

/**
 * Staff see a case once it has been submitted (it has a number) and one of
 * its items belongs to their department.
 */
export const isInvolved = (record: ApplicationRecord, department: string) =>
  department !== '' && Boolean(record.number) && record.items.some((i) => i.department === department);

/**
 * The statuses a hall-wide window works on, for every department: the comprehensive window accepts
 * (`submitted`); the results window issues (`approved`), hands over (`ready_for_pickup`) and unlocks a
 * locked shipment (`shipping`; `issued` is never stored between the steps, but belongs to it).
 */
export const HALL_STATUSES: Record<HallKind, readonly CaseStatus[]> = {
  comprehensive: ['submitted'],
  results: ['approved', 'issued', 'ready_for_pickup', 'shipping'],
};

/** Whether the staff member has a timeline event on the case (accepted it, sent its notice, issued it…). */
export const touchedBy = (record: Pick<ApplicationRecord, 'timeline'>, userId: string) =>
  (record.timeline ?? []).some((e) => e.actor?.userId === userId);

/**
 * Whether the staff member sees the case: a department window, a case of its department
 * (`isInvolved`); a hall-wide window, any submitted case (with a number) in a status of its step,
 * and — read-only, since every action checks the status — the cases it acted on after they moved on.
 */
export function canSee(
  staff: StaffMember,
  record: Pick<ApplicationRecord, 'number' | 'status' | 'items' | 'timeline'>,
): boolean {
  if (staff.kind === 'department') return isInvolved(record as ApplicationRecord, staff.department);
  if (!record.number) return false;
  return HALL_STATUSES[staff.kind].includes(record.status as CaseStatus) || touchedBy(record, staff.userId);
}

/** The steps and who may take them: the answer does not depend on the case, so it reveals nothing (403 before any read). */
const STEPS = {
  accept: { kinds: ['department', 'comprehensive'], what: '受理办件' },
  decide: { kinds: ['department'], what: '审批事项' },
  issue: { kinds: ['department', 'results'], what: '出证和领取' },
} as const satisfies Record<string, { kinds: readonly StaffKind[]; what: string }>;
export type StaffStep = keyof typeof STEPS;

/** 403 FORBIDDEN when the staff member's kind does not take `step` (e.g. a comprehensive window approving). */
export function assertStep(ctx: StaffContext, step: StaffStep): void {
  const { kinds, what } = STEPS[step];
  if (!(kinds as readonly StaffKind[]).includes(ctx.staff.kind))
    throw StaffErrors.notYourStep(`${STAFF_KIND_LABELS[ctx.staff.kind]}不办理${what}`);
}

/** The department of the first item (a chain's items start with its lead department's): it issues and hands over. */
export const leadDepartmentOf = (record: Pick<ApplicationRecord, 'items'>) => record.items[0]?.department ?? '';

/**
 * The case, if the staff member sees it (`canSee`); with `ifMatch`, only at that
 * version. Outcomes: the record; 404 for an unknown case and one not seen
 * alike; 409 VERSION_CONFLICT for a stale If-Match (before any other check).
 */
export async function loadStaffCase(ctx: StaffContext, id: string, ifMatch?: string): Promise<ApplicationRecord> {
  const record = await readCase(ctx.app, id);
  if (!record || !canSee(ctx.staff, record)) throw StaffErrors.notFound();
  if (ifMatch !== undefined) assertVersion(record, ifMatch);
  return record;
}

/**
 * Issue, handover and unlock belong to the lead department and to the results window (统一出件, any
 * department's case): 403 for the other involved departments.
 */
export function assertLead(ctx: StaffContext, record: ApplicationRecord): void {
  if (ctx.staff.kind === 'results') return;
  if (ctx.staff.kind !== 'department' || leadDepartmentOf(record) !== ctx.staff.department) throw StaffErrors.notLead();
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
