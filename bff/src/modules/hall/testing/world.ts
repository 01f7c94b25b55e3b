import { type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { type HallGroupInput } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { caseWorld, resident, simpleItem, type CaseWorld } from '../../applications/testing/cases';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { setHallClock } from '../hall-clock';

/** Test items of two departments, and one department serving no group. */
export const HALL_DEPT_A = '县测试窗口局';
export const HALL_DEPT_B = '县测试协办局';
export const HALL_DEPT_C = '县测试无关局';
export const HALL_ITEM_A = 'TEST-HALL-A';
export const HALL_ITEM_B = 'TEST-HALL-B';

/** A Thursday, an ordinary working day. */
export const THURSDAY = '2026-12-03';

export const groupA = (overrides: Partial<HallGroupInput> = {}): HallGroupInput => ({
  name: '测试综合窗口',
  hall: '县政务服务中心一楼',
  prefix: 'T',
  items: [HALL_ITEM_A],
  windows: ['T01', 'T02'],
  hours: '工作日 9:00–12:00，13:30–17:00',
  phone: '0539-7211999',
  capacity: 2,
  ...overrides,
});

export const groupB = (overrides: Partial<HallGroupInput> = {}): HallGroupInput => ({
  ...groupA(),
  name: '测试专项窗口',
  prefix: 'U',
  items: [HALL_ITEM_B],
  windows: ['U01'],
  capacity: 1,
  ...overrides,
});

export interface HallWorld extends CaseWorld {
  admin: LoggedIn;
  alice: LoggedIn & { profile: { phone: string } };
  bob: LoggedIn & { profile: { phone: string } };
  carol: LoggedIn & { profile: { phone: string } };
  clerkA: LoggedIn;
  clerkA2: LoggedIn;
  clerkB: LoggedIn;
  clerkC: LoggedIn;
  /** the hall's clock of this app: a Beijing date and time */
  at(date: string, time: string): void;
  req(
    who: LoggedIn | null,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/**
 * A fresh app (demo catalog included) with two test items, groups `test-a`
 * (prefix T, windows T01/T02, 2 seats a slot) and `test-b` (U, U01, 1 seat),
 * three residents and clerks of both departments and of an uninvolved one.
 * The hall's clock starts at THURSDAY 08:30 Beijing time.
 */
export async function hallWorld(): Promise<HallWorld> {
  const w = await caseWorld();
  await putItem(w.app.db, HALL_ITEM_A, simpleItem({ name: '测试窗口甲事项', department: HALL_DEPT_A }));
  await putItem(w.app.db, HALL_ITEM_B, simpleItem({ name: '测试窗口乙事项', department: HALL_DEPT_B }));
  const clerk = (name: string, department: string) => loginAs(w.app, name, { roles: ['staff'], department });
  const [admin, alice, bob, carol, clerkA, clerkA2, clerkB, clerkC] = await Promise.all([
    loginAs(w.app, 'admin'),
    resident(w.app, 'hall_alice', '王秀英'),
    resident(w.app, 'hall_bob', '李建国'),
    resident(w.app, 'hall_carol', '赵春梅'),
    clerk('hall_clerk_a', HALL_DEPT_A),
    clerk('hall_clerk_a2', HALL_DEPT_A),
    clerk('hall_clerk_b', HALL_DEPT_B),
    clerk('hall_clerk_c', HALL_DEPT_C),
  ]);
  const req: HallWorld['req'] = (who, method, url, payload, headers = {}) =>
    w.t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(who?.headers ?? {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  for (const [code, group] of [
    ['test-a', groupA()],
    ['test-b', groupB()],
  ] as const) {
    const res = await req(admin, 'PUT', `/admin/hall/groups/${code}`, group);
    if (res.statusCode !== 201) throw new Error(`creating ${code} failed: ${res.statusCode} ${res.body}`);
  }
  const world: HallWorld = {
    ...w,
    admin,
    alice,
    bob,
    carol,
    clerkA,
    clerkA2,
    clerkB,
    clerkC,
    req,
    at: (date, time) => {
      const fixed = new Date(`${date}T${time}:00+08:00`);
      setHallClock(w.app.db, () => fixed);
    },
  };
  world.at(THURSDAY, '08:30');
  return world;
}

/** Everything the hall stores, to prove a refused request wrote nothing. */
export async function hallSnapshot(w: CaseWorld): Promise<string> {
  const names = [
    'hall_groups',
    'hall_seats',
    'hall_bookings',
    'hall_appointments',
    'hall_tickets',
    'hall_ticket_numbers',
    'hall_reminders',
  ];
  const all = await Promise.all(names.map((n) => w.app.db.collection(n).find({}).sort({ _id: 1 }).toArray()));
  return JSON.stringify(all);
}
