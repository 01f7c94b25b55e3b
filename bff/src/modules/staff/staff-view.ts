import { type HolidayCalendars, type StaffApplicationView } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import {
  acceptanceDeadline,
  caseDeadline,
  chaseView,
  deadlineView,
  submittedAtOf,
  toApplicationView,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { hallConfig } from '../users';
import { auditStaff, leadDepartmentOf, loadStaffCase, type StaffContext, type StaffMember } from './staff-access';

/** Who accepted the case: the staff member of its last `accepted` event (a deemed acceptance has none). */
export const acceptorOf = (record: Pick<ApplicationRecord, 'timeline'>) =>
  [...(record.timeline ?? [])].reverse().find((e) => e.action === 'accepted')?.actor?.userId;

/** What the view tells the window about the signed-in staff member and this case. */
export interface ViewerFacts {
  /** the staff member's department ('' for the hall-wide kinds) */
  department: string;
  acceptedByMe: boolean;
  mayDecide: boolean;
}

/**
 * The case as staff see it: the applicant's view (ID and phone masked, no
 * pick-up code) plus the §32 acceptance clock, gaps, certificate number,
 * rejection reason and the departments that matter to the window.
 */
export function toStaffView(
  pii: Pii,
  record: ApplicationRecord,
  viewer: ViewerFacts,
  calendars: HolidayCalendars,
  now = new Date(),
): StaffApplicationView {
  const { pickupCode: _hidden, ...view } = toApplicationView(pii, record, {
    deadline: caseDeadline(record, calendars, now),
    withInternalEvents: true,
  });
  const chase = chaseView(record);
  const submittedAt = submittedAtOf(record) ?? record.createdAt;
  return {
    ...view,
    number: record.number ?? '',
    submittedAt: submittedAt.toISOString(),
    ...(record.acceptedAt ? { acceptedAt: record.acceptedAt.toISOString() } : {}),
    acceptance: deadlineView(acceptanceDeadline(record, calendars, now)),
    gaps: [...(record.gaps ?? [])],
    ...(record.certificateNo ? { certificateNo: record.certificateNo } : {}),
    ...(record.rejectReason ? { rejectReason: record.rejectReason } : {}),
    leadDepartment: leadDepartmentOf(record),
    ...verificationView(record),
    ...(chase ? { chase } : {}),
    ...viewer,
  };
}

/** 核查: who still checks the promises the case was accepted on, and what was found. */
function verificationView(record: ApplicationRecord): Pick<StaffApplicationView, 'verification'> {
  if (!record.checkDepartments?.length && !record.checks?.length) return {};
  const checks = (record.checks ?? []).map((c) => ({
    department: c.department,
    result: c.result,
    ...(c.note ? { note: c.note } : {}),
    at: c.at.toISOString(),
  }));
  return { verification: { pending: [...(record.checkDepartments ?? [])], checks } };
}

/**
 * `acceptedByMe` and `mayDecide`, so that the window shows 受审分离's note instead of buttons the
 * approval would refuse (409). Only department windows decide; the centre's setting is read (one
 * `_id` read) only when it matters: a department window that accepted the case.
 */
export async function viewerFacts(
  ctx: Pick<StaffContext, 'app'> & { staff: StaffMember },
  record: ApplicationRecord,
): Promise<ViewerFacts> {
  const { department, kind, userId } = ctx.staff;
  const acceptedByMe = acceptorOf(record) === userId;
  const barred = acceptedByMe && kind === 'department' && (await hallConfig(ctx.app.db)).separateAcceptanceFromApproval;
  return { department, acceptedByMe, mayDecide: kind === 'department' && !barred };
}

/** The staff view of a record just written (no audit: the write itself was audited). */
export async function staffViewOf(ctx: StaffContext, record: ApplicationRecord): Promise<StaffApplicationView> {
  const [viewer, calendars] = await Promise.all([viewerFacts(ctx, record), loadCalendars(ctx.app.db)]);
  return toStaffView(ctx.app.pii, record, viewer, calendars);
}

/**
 * `GET /staff/applications/:id`. Every read is written to the audit log
 * (`case.read`): staff see personal data of people they serve.
 * Outcomes: the staff view; 404 when the staff member's department is not involved.
 */
export async function readStaffCase(ctx: StaffContext, id: string): Promise<StaffApplicationView> {
  const record = await loadStaffCase(ctx, id);
  await auditStaff(ctx, 'case.read', id);
  return staffViewOf(ctx, record);
}
