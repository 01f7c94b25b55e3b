// The people every check uses, one of each role the contract knows, made once per run through the API:
// the admin (the simulated `admin`, in ONETRIP_ADMIN_OPENIDS of the stack) grants each role.
import { randomUUID } from 'node:crypto';
import { login, ok, verifiedResident, withRoles } from './client.mjs';

export async function makeWorld(base) {
  const admin = await login(base, 'admin');
  const config = await ok(base, 'GET', '/admin/config', { token: admin.token });
  const [deptA, deptB] = config.departments;
  const [companyA, companyB] = config.courierCompanies;
  const station = config.stations[0] ?? { town: '卞庄街道', village: '文化村' };
  const run = randomUUID().slice(0, 6);
  const [resident, other, agent, staff, staffB, courier, courierB] = await Promise.all([
    verifiedResident(base, `rel_res_${run}`),
    verifiedResident(base, `rel_other_${run}`),
    withRoles(base, admin, `rel_agent_${run}`, { roles: ['resident', 'agent'], station }),
    withRoles(base, admin, `rel_staff_${run}`, { roles: ['resident', 'staff'], department: deptA }),
    withRoles(base, admin, `rel_staffb_${run}`, { roles: ['resident', 'staff'], department: deptB ?? deptA }),
    withRoles(base, admin, `rel_courier_${run}`, { roles: ['resident', 'courier'], courierCompany: companyA }),
    withRoles(base, admin, `rel_courierb_${run}`, {
      roles: ['resident', 'courier'],
      courierCompany: companyB ?? companyA,
    }),
  ]);
  return { run, admin: { ...admin, roles: ['admin'] }, resident, other, agent, staff, staffB, courier, courierB };
}

/** Who may call a route, judged by its path (the contract's areas): the token the hostile inputs carry. */
export function callerFor(world, routePath) {
  if (routePath.startsWith('/api/v1/admin') || routePath.startsWith('/api/v1/audit')) return world.admin;
  if (routePath.startsWith('/api/v1/staff') || routePath.startsWith('/api/v1/counter')) return world.staff;
  if (routePath.startsWith('/api/v1/statistics')) return world.staff;
  if (routePath.startsWith('/api/v1/courier')) return world.courier;
  if (routePath.startsWith('/api/v1/agent')) return world.agent;
  return world.resident;
}
