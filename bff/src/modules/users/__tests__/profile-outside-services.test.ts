import { Types } from 'mongoose';
import { idCheckChar } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { wechatLogin } from '../../../../test/helpers/login-as';
import { startMockProxy } from '../../auth/testing/mock-proxy';

const withCheck = (first17: string) => first17 + idCheckChar(first17);
const ID = withCheck('11010519491231002');
const PHONE = '13812345678';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const saveProfile = (app: TestApp['app'], token: string, payload: object) =>
  app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers: { authorization: `Bearer ${token}` }, payload });
const userDoc = (app: TestApp['app'], id: string) =>
  app.db.collection('users').findOne({ _id: new Types.ObjectId(id) });

describe('PUT /me/profile when an outside service says no or fails', () => {
  it('answers 400 VALIDATION_FAILED on idNumber when the real-name check says mismatch', async () => {
    const proxy = await startMockProxy(t.mockBase, {
      respond: (path) => (path === '/idcheck/v1/verify' ? { requestId: 'r1', result: 'mismatch' } : undefined),
    });
    const own = await buildTestApp({ REALNAME_API_BASE: proxy.base });
    try {
      const pair = await wechatLogin(own.app, 'mismatch');
      const res = await saveProfile(own.app, pair.accessToken, {
        name: '钱七',
        idNumber: ID,
        phoneCode: `phone_${PHONE}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: 'idNumber', message: '姓名与身份证号不匹配' }],
      });
      expect((await userDoc(own.app, pair.user.id))?.profile).toBeUndefined();
    } finally {
      await own.close();
      await proxy.close();
    }
  });

  it('answers 503 UPSTREAM_UNAVAILABLE when the real-name provider is down', async () => {
    const id = withCheck('35010219660606321');
    // Armed for this ID number only, so parallel test files keep their provider.
    const arm = await fetch(`${t.mockBase}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'realname-down', times: 1, path: '/idcheck/v1/verify', match: id }),
    });
    expect(arm.status).toBe(200);
    const pair = await wechatLogin(t.app, 'down');
    const res = await saveProfile(t.app, pair.accessToken, { name: '孙八', idNumber: id, phoneCode: `phone_${PHONE}` });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toEqual({ code: 'UPSTREAM_UNAVAILABLE', message: '实名认证服务暂时不可用，请稍后再试' });
    expect((await userDoc(t.app, pair.user.id))?.profile).toBeUndefined();
    // The next try goes through.
    expect(
      (await saveProfile(t.app, pair.accessToken, { name: '孙八', idNumber: id, phoneCode: `phone_${PHONE}` }))
        .statusCode,
    ).toBe(200);
  });

  it('answers 503 UPSTREAM_UNAVAILABLE when WeChat is busy giving the phone number', async () => {
    const arm = await fetch(`${t.mockBase}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'wechat-busy',
        times: 1,
        path: '/wxa/business/getuserphonenumber',
        match: 'phone_13811112222',
      }),
    });
    expect(arm.status).toBe(200);
    const pair = await wechatLogin(t.app, 'phonebusy');
    const res = await saveProfile(t.app, pair.accessToken, {
      name: '冯十',
      idNumber: ID,
      phoneCode: 'phone_13811112222',
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await userDoc(t.app, pair.user.id))?.profile).toBeUndefined();
  });
});
