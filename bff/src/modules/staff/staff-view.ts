import { type HolidayCalendars, type StaffApplicationView } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import {
  acceptanceDeadline,
  caseDeadline,
  deadlineView,
  submittedAtOf,
  toApplicationView,
  type ApplicationRecord,
} from '../applications';
import { loadCalendars } from '../holidays';
import { auditStaff, leadDepartmentOf, loadStaffCase, type StaffContext } from './staff-access';

/**
 * The case as staff see it: the applicant's view (ID and phone masked, no
 * pick-up code) plus the §32 acceptance clock, gaps, certificate number,
 * rejection reason and the departments that matter to the window.
 */
export function toStaffView(
  pii: Pii,
  record: ApplicationRecord,
  department: string,
  calendars: HolidayCalendars,
  now = new Date(),
): StaffApplicationView {
  const { pickupCode: _hidden, ...view } = toApplicationView(pii, record, {
    deadline: caseDeadline(record, calendars, now),
  });
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
    department,
  };
}

/** The staff view of a record just written (no audit: the write itself was audited). */
export async function staffViewOf(ctx: StaffContext, record: ApplicationRecord): Promise<StaffApplicationView> {
  return toStaffView(ctx.app.pii, record, ctx.staff.department, await loadCalendars(ctx.app.db));
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
