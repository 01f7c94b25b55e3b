import { Types } from 'mongoose';
import { idCheckChar } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

const ID = '11010519491231002' + idCheckChar('11010519491231002');
const STATION = { town: '城关镇', village: '东村' };

let t: TestApp;
let admin: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await loginAs(t.app, 'admin');
});
afterAll(async () => {
  await t.close();
});

const putRoles = (who: LoggedIn | null, userId: string, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/users/${userId}/roles`,
    headers: who?.headers ?? {},
    payload: payload as object,
  });
const getConfig = (who: LoggedIn) => t.app.inject({ method: 'GET', url: '/api/v1/admin/config', headers: who.headers });
const userDoc = (id: string) => t.app.db.collection('users').findOne({ _id: new Types.ObjectId(id) });

describe('PUT /admin/users/:id/roles', () => {
  it('grants roles with what they need, keeps resident, and answers with masks only', async () => {
    const wang = await loginAs(t.app, 'wang', { profile: { name: '王小明', idNumber: ID, phone: '13812345678' } });
    const res = await putRoles(admin, wang.userId, {
      roles: ['staff', 'agent'],
      department: '民政局',
      station: STATION,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: wang.userId,
      roles: ['resident', 'agent', 'staff'],
      profile: {
        name: '王*明',
        idNumberMasked: `110***********${ID.slice(-4)}`,
        phoneMasked: '138****5678',
        verified: true,
      },
      station: STATION,
      department: '民政局',
      staffKind: 'department',
    });
    expect(res.body).not.toContain(ID);
    expect(res.body).not.toContain('13812345678');
    expect(await userDoc(wang.userId)).toMatchObject({
      roles: ['resident', 'agent', 'staff'],
      department: '民政局',
      station: STATION,
      version: 2,
    });
    const audit = await t.app.db.collection('audit_logs').findOne({ action: 'user.roles', target: wang.userId });
    expect(audit).toMatchObject({ actor: { userId: admin.userId, role: 'admin' } });
  });

  it('removes the assignments of roles taken away, and resident stays', async () => {
    const li = await loginAs(t.app, 'li', { roles: ['courier'], courierCompany: '顺丰速运' });
    const res = await putRoles(admin, li.userId, { roles: ['agent'], station: STATION });
    expect(res.statusCode).toBe(200);
    const doc = await userDoc(li.userId);
    expect(doc?.roles).toEqual(['resident', 'agent']);
    expect(doc?.courierCompany).toBeUndefined();
  });

  it.each([
    ['staff', 'department', { roles: ['staff'] }],
    ['agent', 'station', { roles: ['agent'] }],
    ['courier', 'courierCompany', { roles: ['courier'], department: '民政局' }],
  ])('answers 400 when %s comes without %s', async (_role, path, payload) => {
    const zhao = await loginAs(t.app, `zhao_${path}`);
    const res = await putRoles(admin, zhao.userId, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path }] });
    expect(await userDoc(zhao.userId)).toMatchObject({ roles: ['resident'], version: 0 });
  });

  it('answers 404 for an unknown user', async () => {
    const res = await putRoles(admin, new Types.ObjectId().toHexString(), { roles: ['resident'] });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('answers 403 to a resident and to staff, and changes nothing', async () => {
    const target = await loginAs(t.app, 'target');
    const resident = await loginAs(t.app, 'plain');
    const staff = await loginAs(t.app, 'clerk', { roles: ['staff'], department: '民政局' });
    for (const who of [resident, staff]) {
      const res = await putRoles(who, target.userId, { roles: ['admin'] });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await userDoc(target.userId))?.roles).toEqual(['resident']);
  });

  it('re-checks roles in the database: a token minted while admin stops working once admin is removed', async () => {
    const deputy = await loginAs(t.app, 'deputy', { roles: ['admin'] });
    const victim = await loginAs(t.app, 'victim');
    expect((await putRoles(deputy, victim.userId, { roles: ['resident'] })).statusCode).toBe(200);
    expect((await putRoles(admin, deputy.userId, { roles: ['resident'] })).statusCode).toBe(200);
    // Same token, still saying "admin".
    const res = await putRoles(deputy, victim.userId, { roles: ['admin'] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await getConfig(deputy)).statusCode).toBe(403);
    expect((await userDoc(victim.userId))?.roles).toEqual(['resident']);
  });

  describe('refuses bad input with a 4xx', () => {
    let target: LoggedIn;
    beforeAll(async () => {
      target = await loginAs(t.app, 'badinput');
    });
    const expectRefused = async (res: Awaited<ReturnType<typeof putRoles>>, status: number, code: string) => {
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(await userDoc(target.userId)).toMatchObject({ roles: ['resident'], version: 0 });
    };
    it('no token', async () =>
      expectRefused(await putRoles(null, target.userId, { roles: ['admin'] }), 401, 'UNAUTHENTICATED'));
    it('an unknown role', async () =>
      expectRefused(await putRoles(admin, target.userId, { roles: ['root'] }), 400, 'VALIDATION_FAILED'));
    it('no roles', async () =>
      expectRefused(await putRoles(admin, target.userId, { roles: [] }), 400, 'VALIDATION_FAILED'));
    it('roles as a string', async () =>
      expectRefused(await putRoles(admin, target.userId, { roles: 'admin' }), 400, 'VALIDATION_FAILED'));
    it('a malformed user id', async () =>
      expectRefused(await putRoles(admin, 'abc', { roles: ['resident'] }), 400, 'VALIDATION_FAILED'));
    it('an unknown field', async () =>
      expectRefused(
        await putRoles(admin, target.userId, { roles: ['resident'], version: 9 }),
        400,
        'VALIDATION_FAILED',
      ));
    it('a station missing its village', async () =>
      expectRefused(
        await putRoles(admin, target.userId, { roles: ['agent'], station: { town: '城关镇' } }),
        400,
        'VALIDATION_FAILED',
      ));
    it('a department of 10k characters', async () =>
      expectRefused(
        await putRoles(admin, target.userId, { roles: ['staff'], department: '局'.repeat(10_000) }),
        400,
        'VALIDATION_FAILED',
      ));
  });
});

describe('GET /admin/config', () => {
  it('works on an empty system: known courier companies only', async () => {
    const own = await buildTestApp();
    try {
      const boss = await loginAs(own.app, 'admin');
      const res = await own.app.inject({ method: 'GET', url: '/api/v1/admin/config', headers: boss.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        departments: [],
        courierCompanies: ['中国邮政EMS', '顺丰速运'],
        stations: [],
        separateAcceptanceFromApproval: true,
      });
    } finally {
      await own.close();
    }
  });

  it('lists departments of items and staff, courier companies and stations, each once; staff may read it', async () => {
    await t.app.db.collection('items').insertMany([
      { code: 'A-1', department: '公安局' },
      { code: 'A-2', department: '民政局' },
    ]);
    await loginAs(t.app, 'courier2', { roles: ['courier'], courierCompany: '中通快递' });
    await loginAs(t.app, 'agent2', { roles: ['agent'], station: STATION });
    const clerk = await loginAs(t.app, 'clerk2', { roles: ['staff'], department: '人社局' });
    const res = await getConfig(clerk);
    expect(res.statusCode).toBe(200);
    const config = res.json();
    expect([...config.departments].sort()).toEqual(['人社局', '公安局', '民政局'].sort());
    expect(config.courierCompanies).toEqual(['中国邮政EMS', '顺丰速运', '中通快递']);
    expect(config.stations).toEqual([STATION]);
  });

  it('answers 403 to a resident', async () => {
    const res = await getConfig(await loginAs(t.app, 'nosy'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});
