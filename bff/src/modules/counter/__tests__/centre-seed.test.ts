import { DEMO_CENTRE, seedDemoCentre } from '../../../seed';
import { centreContact } from '../../users';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { wechatLogin } from '../../../../test/helpers/login-as';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the centre as its papers name it', () => {
  it('is seeded once (莒南县政务服务中心) and never over an admin’s edit, which is audited', async () => {
    expect(await centreContact(t.app.db)).toBeNull();
    expect(await seedDemoCentre(t.app)).toBe(true);
    expect(await centreContact(t.app.db)).toEqual(DEMO_CENTRE);
    const admin = await wechatLogin(t.app, 'admin');
    const headers = { authorization: `Bearer ${admin.accessToken}` };
    const edit = {
      name: '莒南县政务服务中心',
      address: '山东省临沂市莒南县十字路街道新址路9号',
      phone: '0539-7211888',
    };
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/config/centre', headers, payload: edit });
    expect([put.statusCode, put.json()]).toEqual([200, edit]);
    expect(await seedDemoCentre(t.app)).toBe(false);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/admin/config/centre', headers });
    expect(read.json()).toEqual(edit);
    const mobile = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/centre',
      headers,
      payload: { ...edit, phone: '13900001111' },
    });
    expect([mobile.statusCode, await centreContact(t.app.db)]).toEqual([400, edit]);
    expect(await t.app.db.collection('audit_logs').countDocuments({ action: 'config.centre' })).toBe(2);
  });
});
