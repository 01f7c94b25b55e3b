import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ AUTH_RATE_LIMIT: '3' });
});
afterAll(async () => {
  await t.close();
});

const login = (remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'test_limited' }, remoteAddress });

describe('rate limit on /auth', () => {
  it('answers 429 RATE_LIMITED after AUTH_RATE_LIMIT logins a minute from one address', async () => {
    for (let i = 0; i < 3; i += 1) expect((await login('203.0.113.7')).statusCode).toBe(200);
    const res = await login('203.0.113.7');
    expect(res.statusCode).toBe(429);
    expect(res.json()).toEqual({ error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } });
    expect(await t.app.db.collection('sessions').countDocuments()).toBe(3);
  });

  it('counts each address on its own', async () => {
    expect((await login('203.0.113.8')).statusCode).toBe(200);
  });

  it('limits refresh attempts too', async () => {
    const refresh = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: 'y'.repeat(32) },
        remoteAddress: '203.0.113.9',
      });
    for (let i = 0; i < 3; i += 1) expect((await refresh()).statusCode).toBe(401);
    expect((await refresh()).json().error.code).toBe('RATE_LIMITED');
  });
});
