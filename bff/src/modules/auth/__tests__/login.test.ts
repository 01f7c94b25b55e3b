import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { someClientIp, wechatLogin } from '../../../../test/helpers/login-as';
import { startMockProxy } from '../testing/mock-proxy';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const login = (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/wechat',
    payload: payload as object,
    remoteAddress: someClientIp(),
  });
const users = () => t.app.db.collection('users');
const sessions = () => t.app.db.collection('sessions');

describe('POST /auth/wechat', () => {
  it('logs a new mini-program user in and creates them with their WeChat identity', async () => {
    const res = await login({ code: 'test_alice', platform: 'weapp' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.stringMatching(/^[0-9a-f]{24}$/), roles: ['resident'], realNameVerified: false },
    });
    const user = await users().findOne({ weappOpenid: 'openid_alice' });
    expect(user).toMatchObject({ unionid: 'unionid_alice', roles: ['resident'], version: 0 });
    expect(user?._id.toHexString()).toBe(body.user.id);
    // The session_key is kept, but only encrypted.
    expect(user?.sessionKeyEnc).toMatch(/^v1\./);
    expect(await sessions().countDocuments({ userId: user?._id, revokedAt: null })).toBe(1);
  });

  it('never answers with the session_key', async () => {
    const res = await login({ code: 'test_keyholder' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/session_?key/i);
    const user = await users().findOne({ weappOpenid: 'openid_keyholder' });
    const sessionKey = t.app.pii.decrypt(String(user?.sessionKeyEnc));
    expect(res.body).not.toContain(sessionKey);
  });

  it('logs an H5 user in with the web OAuth code', async () => {
    const res = await login({ code: 'test_hanna', platform: 'h5' });
    expect(res.statusCode).toBe(200);
    const user = await users().findOne({ h5Openid: 'openid_hanna' });
    expect(user).toMatchObject({ unionid: 'unionid_hanna' });
    expect(user?.weappOpenid).toBeUndefined();
    expect(user?.sessionKeyEnc).toBeUndefined();
  });

  it('recognises the same person on both platforms by unionid', async () => {
    const weapp = await wechatLogin(t.app, 'carol', 'weapp');
    const h5 = await wechatLogin(t.app, 'carol', 'h5');
    expect(h5.user.id).toBe(weapp.user.id);
    expect(await users().countDocuments({ unionid: 'unionid_carol' })).toBe(1);
    expect(await users().findOne({ unionid: 'unionid_carol' })).toMatchObject({
      weappOpenid: 'openid_carol',
      h5Openid: 'openid_carol',
    });
    // Two logins, two independent sessions.
    expect(
      await sessions().countDocuments({
        userId: await users()
          .findOne({ unionid: 'unionid_carol' })
          .then((u) => u?._id),
      }),
    ).toBe(2);
  });

  it('gives the admin role to the bootstrap openids', async () => {
    const pair = await wechatLogin(t.app, 'admin');
    expect(pair.user.roles).toEqual(['resident', 'admin']);
    expect((await users().findOne({ weappOpenid: 'openid_admin' }))?.roles).toEqual(['resident', 'admin']);
    const again = await wechatLogin(t.app, 'admin', 'h5');
    expect(again.user).toEqual(pair.user);
  });

  it('creates exactly one user when the first logins of a person race', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => login({ code: 'test_racer' })));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.json().user.id)).size).toBe(1);
    expect(await users().countDocuments({ unionid: 'unionid_racer' })).toBe(1);
  });

  it('answers 401 to a code WeChat refuses, and creates nobody', async () => {
    const before = await users().countDocuments();
    const res = await login({ code: 'not_a_test_code' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({ code: 'UNAUTHENTICATED', message: '微信登录失败，请重新登录' });
    expect(await users().countDocuments()).toBe(before);
  });
});

describe('POST /auth/wechat when WeChat fails', () => {
  it('answers 503 UPSTREAM_UNAVAILABLE when WeChat is busy (errcode -1)', async () => {
    const proxy = await startMockProxy(t.mockBase, { scenario: 'wechat-busy' });
    const own = await buildTestApp({ WECHAT_API_BASE: proxy.base });
    try {
      const res = await own.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'test_busy' } });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ error: { code: 'UPSTREAM_UNAVAILABLE', message: '微信服务繁忙，请稍后再试' } });
      expect(await own.app.db.collection('users').countDocuments()).toBe(0);
    } finally {
      await own.close();
      await proxy.close();
    }
  });

  it('answers 503 for a busy scenario armed on the simulator, then works again', async () => {
    // `match` keeps test files running in parallel from using up each other's scenario.
    const arm = await fetch(`${t.mockBase}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'wechat-busy', times: 1, path: '/sns/jscode2session', match: 'test_armed_busy' }),
    });
    expect(arm.status).toBe(200);
    const busy = await login({ code: 'test_armed_busy' });
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error).toEqual({ code: 'UPSTREAM_UNAVAILABLE', message: '微信服务繁忙，请稍后再试' });
    expect(await users().countDocuments({ unionid: 'unionid_armed_busy' })).toBe(0);
    const fine = await login({ code: 'test_armed_busy' });
    expect(fine.statusCode).toBe(200);
  });

  it('answers 503 when WeChat cannot be reached', async () => {
    const own = await buildTestApp({ WECHAT_API_BASE: 'http://127.0.0.1:9' });
    try {
      const res = await own.app.inject({
        method: 'POST',
        url: '/api/v1/auth/wechat',
        payload: { code: 'test_offline' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await own.close();
    }
  });
});
