import { type UserRecord } from '../users';
import { type ComplaintRecord } from './complaint.model';
import { ComplaintErrors } from './complaints.errors';

/** Who answers complaints: the centre's admin (all of them), or a department's head (those about it). */
export type Supervisor = { userId: string; role: 'admin' } | { userId: string; role: 'head'; department: string };

type SupervisorFields = Pick<UserRecord, '_id' | 'roles' | 'department' | 'departmentHead'>;

/** The supervisor a user record makes of its holder, or null. */
export function supervisorOrNull(user: SupervisorFields): Supervisor | null {
  const userId = user._id.toHexString();
  if (user.roles.includes('admin')) return { userId, role: 'admin' };
  if (user.roles.includes('staff') && user.departmentHead && user.department)
    return { userId, role: 'head', department: user.department };
  return null;
}

/**
 * The supervisor of the user record re-read by the role guard. Staff who are not a department's head get
 * 403 before any complaint is looked up.
 */
export function supervisorOf(user: SupervisorFields): Supervisor {
  const supervisor = supervisorOrNull(user);
  if (!supervisor) throw ComplaintErrors.notSupervisor();
  return supervisor;
}

/** The query of the complaints a supervisor sees: all, or those concerning their department. */
export const supervisedFilter = (s: Supervisor) => (s.role === 'admin' ? {} : { departments: s.department });

/** Whether a supervisor may see and answer this complaint. */
export const supervises = (s: Supervisor, record: Pick<ComplaintRecord, 'departments'>) =>
  s.role === 'admin' || record.departments.includes(s.department);

/** The audit actor of a supervisor. */
export const auditActor = (s: Supervisor) => ({ userId: s.userId, role: s.role === 'admin' ? 'admin' : 'staff' });
