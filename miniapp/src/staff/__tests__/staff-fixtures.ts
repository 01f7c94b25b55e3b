import { type HallGroup, type MeResponse, type StaffApplicationView, type StaffKind } from '@onetrip/shared';
import { caseView } from '@/__tests__/case-fixtures';
import { API, fakeServer, type FakeCall } from '@/__tests__/helpers';
import { forgetClerk } from '@/staff/common/use-clerk';

export const HALL = '县政务服务中心一楼';

/** `GET /me` of a window clerk of `kind` (a department window of 民政局 unless told otherwise). */
export function meOf(kind: StaffKind, over: Partial<MeResponse> = {}): MeResponse {
  return {
    id: 'clerk-1',
    roles: ['resident', 'staff'],
    profile: null,
    staffKind: kind,
    ...(kind === 'department' ? { department: '民政局' } : { hall: HALL }),
    ...over,
  };
}

type Answer = { status: number; body?: unknown };
type Route = (call: FakeCall) => Answer | Promise<Answer>;

/**
 * A fake BFF for staff pages: `GET /me` answers `me`, every other call `route`. Returns the other calls
 * only, so a test counts what the page asked beyond who the clerk is. Forgets the clerk kept by an
 * earlier test.
 */
export function staffServer(route: Route, me: MeResponse = meOf('department')): FakeCall[] {
  forgetClerk();
  const calls: FakeCall[] = [];
  fakeServer((call) => {
    if (call.url === `${API}/me`) return { status: 200, body: me };
    calls.push(call);
    return route(call);
  });
  return calls;
}

/** A case as staff see it (submitted, one item of 民政局); pass what differs. */
export function staffCase(over: Partial<StaffApplicationView> = {}): StaffApplicationView {
  const { pickupCode: _omit, ...base } = caseView({ status: 'submitted', number: 'ZW20261125000003' });
  return {
    ...base,
    number: 'ZW20261125000003',
    submittedAt: '2026-11-20T02:00:00.000Z',
    acceptance: { dueAt: '2026-11-27T09:00:00.000Z', light: 'green', paused: false },
    gaps: [],
    leadDepartment: '民政局',
    department: '民政局',
    acceptedByMe: false,
    mayDecide: true,
    applicant: { name: '张三丰', idNumberMasked: '1101**********1234', phoneMasked: '138****0000' },
    ...over,
  };
}

/** A window group of the demo hall's shape. */
export function hallGroup(code: string, over: Partial<HallGroup> = {}): HallGroup {
  return {
    code,
    version: 1,
    name: '综合受理',
    hall: HALL,
    prefix: 'A',
    items: ['LNYDZ'],
    windows: ['A03', 'A04'],
    hours: '工作日 9:00–17:00',
    phone: '0539-7211003',
    capacity: 6,
    ...over,
  };
}
