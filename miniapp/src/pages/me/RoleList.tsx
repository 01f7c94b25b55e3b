import { useState } from 'react';
import { Text } from '@tarojs/components';
import { ROLE_LABELS, type Role } from '@onetrip/shared';
import { Cell, Section } from '@/components';
import { getActiveRole, setActiveRole } from '@/services/session';
import { toast } from '@/utils/toast';

/** One person may hold several roles; the one acting is stored (each has its work area below the list). */
export function RoleList({ roles, serverActive }: { roles: Role[]; serverActive?: Role }) {
  const stored = getActiveRole();
  const initial = roles.includes(stored)
    ? stored
    : serverActive && roles.includes(serverActive)
      ? serverActive
      : 'resident';
  const [active, setActive] = useState<Role>(initial);
  if (roles.length < 2) return null;

  const choose = (role: Role) => {
    setActiveRole(role);
    setActive(role);
    toast(role === 'resident' ? '已切换为居民' : `已切换为${ROLE_LABELS[role]}，可从下方进入工作台`);
  };

  return (
    <Section id="role-list" title="切换身份">
      {roles.map((role) => (
        <Cell
          key={role}
          id={`role-${role}`}
          title={ROLE_LABELS[role]}
          value={role === active ? <Text className="role-current">当前身份</Text> : '切换'}
          onClick={role === active ? undefined : () => choose(role)}
        />
      ))}
    </Section>
  );
}
