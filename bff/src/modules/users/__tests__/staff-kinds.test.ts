/** Staff kinds and halls in PUT /admin/users/:id/roles and GET /me; the hall settings (PUT /admin/config/hall). */
import { Types } from 'mongoose';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

const HALL = '县政务服务中心一楼大厅';

let t: TestApp;
let admin: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await loginAs(t.app, 'admin');
});
afterAll(async () => {
  await t.close();
});

const putRoles = (userId: string, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/users/${userId}/roles`,
    headers: admin.headers,
    payload: payload as object,
  });
const putHall = (who: LoggedIn | null, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/config/hall',
    headers: who?.headers ?? {},
    payload: payload as object,
  });
const me = async (who: LoggedIn) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: who.headers })).json();
const userDoc = (id: string) => t.app.db.collection('users').findOne({ _id: new Types.ObjectId(id) });
const settings = () => t.app.db.collection('centre_settings').find({}).toArray();

describe('staff kinds (PUT /admin/users/:id/roles)', () => {
  it('an old body (no kind) makes a department window, shown in GET /me', async () => {
    const clerk = await loginAs(t.app, 'sk_dept', { roles: ['staff'], department: '民政局' });
    expect(await me(clerk)).toMatchObject({ department: '民政局', staffKind: 'department' });
    expect(await userDoc(clerk.userId)).toMatchObject({ staffKind: 'department', department: '民政局' });
    expect((await me(clerk)).hall).toBeUndefined();
  });

  it.each(['comprehensive', 'results'] as const)('a %s window has a hall and no department', async (staffKind) => {
    const user = await loginAs(t.app, `sk_${staffKind}`, { roles: ['staff'], department: '民政局' });
    const res = await putRoles(user.userId, { roles: ['staff'], staffKind, hall: HALL });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['resident', 'staff'], staffKind, hall: HALL });
    expect(res.json().department).toBeUndefined();
    const doc = await userDoc(user.userId);
    expect(doc).toMatchObject({ staffKind, hall: HALL });
    expect(doc?.department).toBeUndefined();
    expect(await me(user)).toMatchObject({ staffKind, hall: HALL });
  });

  it('a department window may name its hall; taking the staff role away removes kind, hall and department', async () => {
    const user = await loginAs(t.app, 'sk_dept_hall');
    const res = await putRoles(user.userId, {
      roles: ['staff'],
      staffKind: 'department',
      department: '公安局',
      hall: HALL,
    });
    expect(res.json()).toMatchObject({ staffKind: 'department', department: '公安局', hall: HALL });
    expect((await putRoles(user.userId, { roles: ['resident'] })).statusCode).toBe(200);
    const doc = await userDoc(user.userId);
    expect([doc?.staffKind, doc?.hall, doc?.department]).toEqual([undefined, undefined, undefined]);
    expect(await me(user)).not.toHaveProperty('staffKind');
  });

  it.each([
    ['a comprehensive window without a hall', { roles: ['staff'], staffKind: 'comprehensive' }, 'hall'],
    ['a results window without a hall', { roles: ['staff'], staffKind: 'results' }, 'hall'],
    [
      'a comprehensive window with a department',
      { roles: ['staff'], staffKind: 'comprehensive', hall: HALL, department: '民政局' },
      'department',
    ],
    [
      'a department window without a department',
      { roles: ['staff'], staffKind: 'department', hall: HALL },
      'department',
    ],
    ['an unknown kind', { roles: ['staff'], staffKind: 'window', hall: HALL }, 'staffKind'],
    ['a hall of 41 characters', { roles: ['staff'], staffKind: 'results', hall: '厅'.repeat(41) }, 'hall'],
    ['an empty hall', { roles: ['staff'], staffKind: 'results', hall: '' }, 'hall'],
  ])('answers 400 for %s, and writes nothing', async (_name, payload, path) => {
    const user = await loginAs(t.app, `sk_bad_${path}_${Math.random().toString(36).slice(2, 8)}`);
    const res = await putRoles(user.userId, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json().error.details)).toContain(path);
    expect(await userDoc(user.userId)).toMatchObject({ roles: ['resident'], version: 0 });
  });
});

describe('hall settings (PUT /admin/config/hall)', () => {
  it('受审分离 is on by default, before anything is stored', async () => {
    expect(await settings()).toEqual([]);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/config', headers: admin.headers });
    expect(res.json()).toMatchObject({ separateAcceptanceFromApproval: true });
  });

  it.each([
    ['no body field', {}],
    ['a string', { separateAcceptanceFromApproval: 'no' }],
    ['null', { separateAcceptanceFromApproval: null }],
    ['an unknown field', { separateAcceptanceFromApproval: false, version: 3 }],
  ])('answers 400 for %s and stores nothing', async (_name, payload) => {
    const res = await putHall(admin, payload);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await settings()).toEqual([]);
  });

  it('refuses everyone but the admin (401, 403) and stores nothing', async () => {
    const staff = await loginAs(t.app, 'sk_hall_staff', { roles: ['staff'], department: '民政局' });
    const resident = await loginAs(t.app, 'sk_hall_resident');
    expect((await putHall(null, { separateAcceptanceFromApproval: false })).statusCode).toBe(401);
    for (const who of [staff, resident])
      expect((await putHall(who, { separateAcceptanceFromApproval: false })).json().error.code).toBe('FORBIDDEN');
    expect(await settings()).toEqual([]);
  });

  it('turns it off and on again: stored as new versions, audited, shown in GET /admin/config', async () => {
    const off = await putHall(admin, { separateAcceptanceFromApproval: false });
    expect([off.statusCode, off.json()]).toEqual([200, { separateAcceptanceFromApproval: false }]);
    expect(await settings()).toMatchObject([{ _id: 'hall', separateAcceptanceFromApproval: false, version: 1 }]);
    const config = await t.app.inject({ method: 'GET', url: '/api/v1/admin/config', headers: admin.headers });
    expect(config.json()).toMatchObject({ separateAcceptanceFromApproval: false });
    const on = await putHall(admin, { separateAcceptanceFromApproval: true });
    expect(on.json()).toEqual({ separateAcceptanceFromApproval: true });
    expect(await settings()).toMatchObject([{ separateAcceptanceFromApproval: true, version: 2 }]);
    const audits = await t.app.db.collection('audit_logs').countDocuments({ action: 'config.hall' });
    expect(audits).toBe(2);
  });
});
