export const ROLES = ['resident', 'agent', 'courier', 'staff', 'admin'] as const;

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  resident: '居民',
  agent: '代办员',
  courier: '快递员',
  staff: '窗口人员',
  admin: '管理员',
};

/**
 * What a staff member does (set by the admin): `department` works for one department (its acceptance,
 * its items' approval, issue when it leads); `comprehensive` (综合窗口) accepts every department's cases
 * at the hall's front desk; `results` (统一出件) issues and hands over every approved case.
 */
export const STAFF_KINDS = ['department', 'comprehensive', 'results'] as const;
export type StaffKindName = (typeof STAFF_KINDS)[number];

export const STAFF_KIND_LABELS: Record<StaffKindName, string> = {
  department: '部门窗口',
  comprehensive: '综合窗口',
  results: '统一出件窗口',
};

export const PLATFORMS = ['weapp', 'h5'] as const;
export type Platform = (typeof PLATFORMS)[number];
