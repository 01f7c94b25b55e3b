import { ROLES, type Role, type RolesBody, type StaffKind, type Station, type UserSearchItem } from '@onetrip/shared';

/** The roles an admin grants or takes away; 居民 is everyone's and stays. */
export const EDITABLE_ROLES = ['staff', 'agent', 'courier', 'admin'] as const satisfies readonly Role[];
export type EditableRole = (typeof EDITABLE_ROLES)[number];

/** What the editor holds while the admin changes a person's roles. */
export interface RoleDraft {
  roles: EditableRole[];
  staffKind: StaffKind;
  department: string;
  hall: string;
  departmentHead: boolean;
  station: Station | null;
  courierCompany: string;
}

/** The person's roles as they are now, to start editing from. */
export function draftOf(user: UserSearchItem): RoleDraft {
  return {
    roles: EDITABLE_ROLES.filter((role) => user.roles.includes(role)),
    staffKind: user.staffKind ?? 'department',
    department: user.department ?? '',
    hall: user.hall ?? '',
    departmentHead: user.departmentHead ?? false,
    station: user.station ?? null,
    courierCompany: user.courierCompany ?? '',
  };
}

export const holds = (draft: RoleDraft, role: EditableRole) => draft.roles.includes(role);

/** Grants or takes away one role, keeping the contract's order. */
export function toggleRole(draft: RoleDraft, role: EditableRole, on: boolean): RoleDraft {
  const roles = on ? [...new Set([...draft.roles, role])] : draft.roles.filter((r) => r !== role);
  return { ...draft, roles: EDITABLE_ROLES.filter((r) => roles.includes(r)) };
}

/**
 * What the editor asks for before sending (the server checks the same and says so on the field):
 * a department window its department, a hall-wide window its hall, an agent a station, a courier a
 * company. Keys are the body's field names, as the server's details name them.
 */
export function draftProblems(draft: RoleDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (holds(draft, 'staff')) {
    if (draft.staffKind === 'department' && !draft.department.trim()) problems.department = '请选择所属部门';
    if (draft.staffKind !== 'department' && !draft.hall.trim()) problems.hall = '请填写所在大厅';
  }
  if (holds(draft, 'agent') && !draft.station) problems.station = '请选择服务站点';
  if (holds(draft, 'courier') && !draft.courierCompany) problems.courierCompany = '请选择快递公司';
  return problems;
}

/**
 * `PUT /admin/users/:id/roles` of a draft: 居民 always; for staff the kind, the department (a
 * department window only), the hall when given and 部门负责人 (a department window only); the
 * station of an agent, the company of a courier. What a role not held would use is left out (the
 * server removes it).
 */
export function rolesPayload(draft: RoleDraft): RolesBody {
  const roles = ROLES.filter((role) => role === 'resident' || draft.roles.includes(role as EditableRole));
  const staff = holds(draft, 'staff');
  const departmentWindow = staff && draft.staffKind === 'department';
  const hall = draft.hall.trim();
  return {
    roles,
    ...(staff ? { staffKind: draft.staffKind } : {}),
    ...(departmentWindow ? { department: draft.department.trim(), departmentHead: draft.departmentHead } : {}),
    ...(staff && hall ? { hall } : {}),
    ...(holds(draft, 'agent') && draft.station ? { station: draft.station } : {}),
    ...(holds(draft, 'courier') && draft.courierCompany ? { courierCompany: draft.courierCompany } : {}),
  };
}

/** The fields of the editor the server's details can name. */
export const ROLE_FIELDS = ['roles', 'department', 'staffKind', 'hall', 'departmentHead', 'station', 'courierCompany'];

export const stationLabel = (s: Station) => `${s.town}${s.village}`;
