export const ROLES = ['resident', 'agent', 'courier', 'staff', 'admin'] as const;

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  resident: '居民',
  agent: '代办员',
  courier: '快递员',
  staff: '窗口人员',
  admin: '管理员',
};

export const PLATFORMS = ['weapp', 'h5'] as const;
export type Platform = (typeof PLATFORMS)[number];
