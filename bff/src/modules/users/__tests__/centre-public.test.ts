import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { wechatLogin } from '../../../../test/helpers/login-as';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const HOURS = '工作日 9:00–12:00、13:30–17:00（法定节假日除外）';

describe('GET /centre (public)', () => {
  it('answers without a login: 12345 and the hours, the contact null until set, then the admin’s edit', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/centre' });
    expect([before.statusCode, before.json()]).toEqual([
      200,
      { name: null, address: null, phone: null, hotline: '12345', hours: HOURS },
    ]);
    expect(before.headers['cache-control']).toBe('public, max-age=60');
    const etag = before.headers.etag as string;
    const same = await t.app.inject({ method: 'GET', url: '/api/v1/centre', headers: { 'if-none-match': etag } });
    expect([same.statusCode, same.body]).toEqual([304, '']);

    const admin = await wechatLogin(t.app, 'admin');
    const contact = {
      name: '莒南县政务服务中心',
      address: '山东省临沂市莒南县十字路街道人民路1号',
      phone: '0539-7211000',
    };
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/centre',
      headers: { authorization: `Bearer ${admin.accessToken}` },
      payload: contact,
    });
    expect(put.statusCode).toBe(200);

    // The old copy is stale now: the whole answer again, with a new ETag.
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/centre', headers: { 'if-none-match': etag } });
    expect([after.statusCode, after.json()]).toEqual([200, { ...contact, hotline: '12345', hours: HOURS }]);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('takes no input: junk in the query changes nothing and is never a 5xx', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/centre?x[$gt]=&name=%00' });
    expect(res.statusCode).toBe(200);
    expect(res.json().hotline).toBe('12345');
  });
});
