import { computeDeadline, type HolidayCalendars, type Light, type SupervisionView } from '@onetrip/shared';
import { loadCalendars } from '../../holidays';
import {
  acceptedCase,
  daysAgo,
  DEPT_A,
  DEPT_B,
  setStored,
  staffWorld,
  type StaffWorld,
} from '../../staff/testing/world';
import { loginAs, wechatLogin, type LoggedIn } from '../../../../test/helpers/login-as';

export interface SupervisionWorld extends StaffWorld {
  admin: LoggedIn;
  /** the heads (部门负责人) of DEPT_A and DEPT_B */
  headA: LoggedIn;
  headB: LoggedIn;
  calendars: HolidayCalendars;
}

/** A department's head: staff of `department` with `departmentHead`, granted by the admin. */
export async function headOf(w: StaffWorld, name: string, department: string): Promise<LoggedIn> {
  const user = await loginAs(w.app, name);
  const admin = await wechatLogin(w.app, 'admin');
  const res = await w.t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/users/${user.userId}/roles`,
    headers: { authorization: `Bearer ${admin.accessToken}` },
    payload: { roles: ['staff'], department, departmentHead: true },
  });
  if (res.statusCode !== 200) throw new Error(`making ${name} a head failed: ${res.statusCode} ${res.body}`);
  return loginAs(w.app, name);
}

/**
 * The staff world (DEPT_A, DEPT_B, DEPT_C and their staff), the admin and a head of DEPT_A and of DEPT_B.
 * `prefix` keeps the heads' openids apart from other files' (the simulator is shared).
 */
export async function supervisionWorld(prefix: string): Promise<SupervisionWorld> {
  const w = await staffWorld();
  const [admin, headA, headB] = await Promise.all([
    loginAs(w.app, 'admin'),
    headOf(w, `${prefix}_head_a`, DEPT_A),
    headOf(w, `${prefix}_head_b`, DEPT_B),
  ]);
  return { ...w, admin, headA, headB, calendars: await loadCalendars(w.app.db) };
}

/** The latest acceptance time, going back a day at a time, that leaves a case of `promisedDays` with `light` now. */
export function acceptedAtFor(light: Light, promisedDays: number, calendars: HolidayCalendars, now = new Date()): Date {
  for (let k = 0; k < 40; k += 1) {
    const acceptedAt = daysAgo(k, now);
    if (computeDeadline({ acceptedAt, promisedDays, pauses: [], now, calendars }).light === light) return acceptedAt;
  }
  throw new Error(`no acceptance time found that is ${light} now`);
}

/** A case of `codes` accepted by `by` (staffA2) and then moved back to `at` (its light now follows). */
export async function acceptedAt(w: StaffWorld, codes: string[], at: Date, by: LoggedIn = w.staffA2) {
  const view = await acceptedCase(w, codes, by);
  await setStored(w, view.id, { acceptedAt: at });
  return view;
}

/** GET /admin/supervision as `who`. */
export const dashboard = (w: StaffWorld, who: LoggedIn, query = '') => w.call(who, 'GET', `/admin/supervision${query}`);

export const dashboardOf = async (w: StaffWorld, who: LoggedIn, query = '') =>
  (await dashboard(w, who, query)).json<SupervisionView>();

/** POST /admin/supervision/cases/:id/chase as `who`. */
export const chase = (w: StaffWorld, who: LoggedIn, id: string, payload: unknown = {}) =>
  w.call(who, 'POST', `/admin/supervision/cases/${id}/chase`, { payload });
