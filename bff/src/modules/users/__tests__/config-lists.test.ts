import { type AdminConfig } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

const DONGSHAN = { town: '大店镇', village: '东山村' };
const XISHAN = { town: '大店镇', village: '西山村' };
const BANQIAO = { town: '板泉镇', village: '板泉村' };

let t: TestApp;
let admin: LoggedIn;
let clerk: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await loginAs(t.app, 'admin');
  clerk = await loginAs(t.app, 'lists_clerk', { roles: ['staff'], department: '县民政局' });
  // An agent and a courier from before any list was kept.
  await loginAs(t.app, 'lists_agent', { roles: ['agent'], station: DONGSHAN });
  await loginAs(t.app, 'lists_courier', { roles: ['courier'], courierCompany: '中通快递' });
});
afterAll(async () => {
  await t.close();
});

const put = (who: LoggedIn, list: 'stations' | 'courier-companies', payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/config/${list}`,
    headers: who.headers,
    payload: payload as object,
  });
const config = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/admin/config', headers: admin.headers })).json<AdminConfig>();
const setting = (id: string) => t.app.db.collection('centre_settings').findOne({ _id: id as never });
const grant = async (name: string, payload: object) => {
  const person = await loginAs(t.app, name);
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/users/${person.userId}/roles`,
    headers: admin.headers,
    payload,
  });
};

describe('PUT /admin/config/stations', () => {
  it.each([
    ['a station twice', { stations: [DONGSHAN, DONGSHAN] }, 'stations.1'],
    ['a station without its village', { stations: [{ town: '大店镇' }] }, 'stations.0.village'],
    ['an empty town', { stations: [{ town: ' ', village: '东山村' }] }, 'stations.0.town'],
    ['an unknown field', { stations: [{ ...DONGSHAN, name: '东山代办点' }] }, 'stations.0'],
    [
      'more than 500',
      { stations: Array.from({ length: 501 }, (_, i) => ({ town: '镇', village: `村${i}` })) },
      'stations',
    ],
    ['no list', {}, 'stations'],
  ])('refuses %s with 400 on the field and keeps nothing', async (_name, payload, path) => {
    const res = await put(admin, 'stations', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await setting('stations')).toBeNull();
  });

  it('refuses to drop a station an agent still serves, naming it, and keeps nothing', async () => {
    const res = await put(admin, 'stations', { stations: [XISHAN] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'stations', message: '大店镇东山村还有代办员，请先调整其代办员的站点再移除' }],
    });
    expect(await setting('stations')).toBeNull();
  });

  it('keeps the list as given: GET /admin/config shows it, it is audited, and agents must be given one of it', async () => {
    const res = await put(admin, 'stations', { stations: [DONGSHAN, BANQIAO, XISHAN] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stations: [DONGSHAN, BANQIAO, XISHAN] });
    expect((await config()).stations).toEqual([DONGSHAN, BANQIAO, XISHAN]);
    const audit = await t.app.db.collection('audit_logs').findOne({ action: 'config.stations' });
    expect(audit).toMatchObject({ actor: { userId: admin.userId, role: 'admin' }, target: '3' });

    const off = await grant('lists_agent_off', { roles: ['agent'], station: { town: '大店镇', village: '南山村' } });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.details).toEqual([
      { in: 'body', path: 'station', message: '大店镇南山村不在中心的代办服务站点名单中' },
    ]);
    expect((await grant('lists_agent_on', { roles: ['agent'], station: BANQIAO })).statusCode).toBe(200);
  });

  it('is for admins: staff 403, and the list stays', async () => {
    const res = await put(clerk, 'stations', { stations: [DONGSHAN, BANQIAO, XISHAN, { town: '镇', village: '村' }] });
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await config()).stations).toHaveLength(3);
  });
});

describe('PUT /admin/config/courier-companies', () => {
  it('lists the known companies and those in use before a list is kept', async () => {
    expect((await config()).courierCompanies).toEqual(['中国邮政EMS', '顺丰速运', '中通快递']);
  });

  it.each([
    ['an empty list', { companies: [] }, 'companies'],
    ['a company twice', { companies: ['中国邮政EMS', '中通快递', '中通快递'] }, 'companies.2'],
    ['a name of 41 characters', { companies: ['中国邮政EMS', '快'.repeat(41)] }, 'companies.1'],
    ['a name with a control character', { companies: ['中国邮政EMS', '中通\u0007快递'] }, 'companies.1'],
  ])('refuses %s with 400 and keeps nothing', async (_name, payload, path) => {
    const res = await put(admin, 'courier-companies', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await setting('courier-companies')).toBeNull();
  });

  it('refuses to drop the company carrying the certificates, or one couriers work for', async () => {
    const res = await put(admin, 'courier-companies', { companies: ['顺丰速运'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      '中国邮政EMS承运本中心的证照快递，不能移除',
      '中通快递还有快递员，请先调整其快递员再移除',
    ]);
    expect(await setting('courier-companies')).toBeNull();
  });

  it('keeps the list: GET /admin/config shows it, audited, and couriers must work for one of it', async () => {
    const res = await put(admin, 'courier-companies', { companies: ['中国邮政EMS', '中通快递', '京东物流'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ companies: ['中国邮政EMS', '中通快递', '京东物流'] });
    expect((await config()).courierCompanies).toEqual(['中国邮政EMS', '中通快递', '京东物流']);
    expect(await t.app.db.collection('audit_logs').countDocuments({ action: 'config.courier_companies' })).toBe(1);

    const off = await grant('lists_courier_off', { roles: ['courier'], courierCompany: '顺丰速运' });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.details[0]).toMatchObject({
      path: 'courierCompany',
      message: '顺丰速运不在中心的快递公司名单中',
    });
    expect((await grant('lists_courier_on', { roles: ['courier'], courierCompany: '京东物流' })).statusCode).toBe(200);
  });
});
