import {
  type AppointmentView,
  type HallDaySlots,
  type HallGroup,
  type HallGroupDetail,
  type TicketView,
} from '@onetrip/shared';
import { API, errorBody, fakeServer, type FakeCall } from '@/__tests__/helpers';

/** The hall's today in these tests: a Thursday; Saturday 12-05 and Sunday 12-06 are days off. */
export const TODAY = '2026-12-03';
export const TICKET_ID = '65f0a1b2c3d4e5f60000aa01';
export const APPOINTMENT_ID = '65f0a1b2c3d4e5f60000bb01';

export function group(over: Partial<HallGroup> = {}): HallGroup {
  return {
    code: 'zonghe',
    name: '综合受理',
    hall: '县政务服务中心一楼',
    prefix: 'A',
    items: ['LAONIAN-YOUDAIZHENG', 'HUJI-QIANYI'],
    windows: ['A03', 'A04'],
    hours: '工作日 9:00–12:00，13:30–17:00（法定节假日除外）',
    phone: '0539-7211003',
    capacity: 6,
    version: 1,
    ...over,
  };
}

export function detail(over: Partial<HallGroupDetail['today']> = {}, g: Partial<HallGroup> = {}): HallGroupDetail {
  return { ...group(g), today: { date: TODAY, open: true, waiting: 3, ...over } };
}

export function ticket(over: Partial<TicketView> = {}): TicketView {
  return {
    id: TICKET_ID,
    group: 'zonghe',
    groupName: '综合受理',
    hall: '县政务服务中心一楼',
    date: TODAY,
    number: 'A012',
    status: 'waiting',
    booked: false,
    ahead: 2,
    takenAt: '2026-12-03T01:05:00.000Z',
    ...over,
  };
}

export function appointment(over: Partial<AppointmentView> = {}): AppointmentView {
  return {
    id: APPOINTMENT_ID,
    group: 'zonghe',
    groupName: '综合受理',
    hall: '县政务服务中心一楼',
    date: TODAY,
    slot: '10:00',
    status: 'booked',
    createdAt: '2026-12-01T02:00:00.000Z',
    ...over,
  };
}

/** A day's slots as the server gives them: `full` slots have no seat left, `past` ones have started. */
export function daySlots(date: string, opts: { open?: boolean; full?: string[]; past?: string[] } = {}): HallDaySlots {
  const open = opts.open ?? true;
  const slots = ['09:00', '09:30', '10:00', '13:30'].map((slot) => ({
    slot: slot as HallDaySlots['slots'][number]['slot'],
    start: `${date}T${slot}:00+08:00`,
    capacity: 6,
    remaining: opts.full?.includes(slot) ? 0 : 4,
    bookable: !opts.past?.includes(slot),
  }));
  return { group: 'zonghe', date, open, slots: open ? slots : [] };
}

type Answer = { status: number; body?: unknown };
type Routes = Record<string, (call: FakeCall) => Answer>;

/**
 * A hall BFF from a table of `METHOD /path` (query included, without the API prefix) → answer; anything
 * else is 404. Returns the calls made.
 */
export function hallServer(routes: Routes): FakeCall[] {
  return fakeServer((call) => {
    const route = routes[`${call.method} ${call.url.slice(API.length)}`];
    return route ? route(call) : { status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') };
  });
}

export const ok = (body: unknown) => () => ({ status: 200, body });
export const failWith = (status: number, code: string, message: string) => () => ({
  status,
  body: errorBody(code, message),
});
