import { Types } from 'mongoose';
import { idCheckChar } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, someClientIp } from '../../../../test/helpers/login-as';

const ID = '11010519491231002' + idCheckChar('11010519491231002');
const PHONE = '13812345678';
const ADDRESS_PHONE = '13987654321';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('no endpoint of auth and users gives away secrets or unmasked numbers', () => {
  it('answers every call without session_key, ciphertext, hashes, or a full ID or phone number', async () => {
    const user = await loginAs(t.app, 'leaky', { profile: { name: '张三', idNumber: ID, phone: PHONE } });
    const admin = await loginAs(t.app, 'admin');
    const calls: Array<{
      method: 'GET' | 'POST' | 'PUT';
      url: string;
      headers?: Record<string, string>;
      payload?: object;
    }> = [
      { method: 'POST', url: '/auth/wechat', payload: { code: 'test_leaky' } },
      { method: 'POST', url: '/auth/refresh', payload: { refreshToken: user.refreshToken } },
      { method: 'GET', url: '/me', headers: user.headers },
      {
        method: 'PUT',
        url: '/me/profile',
        headers: user.headers,
        payload: { name: '张三', idNumber: ID, phoneCode: `phone_${PHONE}` },
      },
      {
        method: 'POST',
        url: '/me/addresses',
        headers: user.headers,
        payload: {
          name: '张三',
          phone: ADDRESS_PHONE,
          region: ['北京市', '北京市', '东城区'],
          detail: '东长安街 1 号',
        },
      },
      { method: 'GET', url: '/me/addresses', headers: user.headers },
      {
        method: 'PUT',
        url: `/admin/users/${user.userId}/roles`,
        headers: admin.headers,
        payload: { roles: ['staff'], department: '民政局' },
      },
      { method: 'GET', url: '/admin/config', headers: admin.headers },
    ];
    const doc = await t.app.db.collection('users').findOne({ _id: new Types.ObjectId(user.userId) });
    const sessionKey = t.app.pii.decrypt(String(doc?.sessionKeyEnc));
    for (const call of calls) {
      const res = await t.app.inject({ ...call, url: `/api/v1${call.url}`, remoteAddress: someClientIp() });
      expect([200, 201]).toContain(res.statusCode);
      for (const secret of [ID, PHONE, ADDRESS_PHONE, sessionKey, ID.slice(6, 14)])
        expect(res.body).not.toContain(secret);
      expect(res.body).not.toMatch(/session_?key|Enc"|Hash"/i);
      // Ciphertext as app.pii writes it: v1.<iv 12 bytes>.<tag 16 bytes>.<data>
      expect(res.body).not.toMatch(/v1\.[\w-]{16}\.[\w-]{22}\./);
    }
  });
});
