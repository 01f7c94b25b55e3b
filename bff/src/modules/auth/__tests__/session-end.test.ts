/**
 * An access token lives only as long as its session (issue 13, defect 1): logout and a
 * reuse revocation end it on the very next request, on this BFF copy and on any other.
 */
import { randomBytes } from 'node:crypto';
import { type TokenPair } from '@onetrip/shared';
import { buildTestApp, withDatabase, type TestApp } from '../../../../test/helpers/build-app';
import { someClientIp, wechatLogin } from '../../../../test/helpers/login-as';

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  // Two copies on one database, as behind a load balancer.
  const uri = withDatabase(process.env.ONETRIP_TEST_MONGODB_URI ?? '', `onetrip_t_${randomBytes(5).toString('hex')}`);
  a = await buildTestApp({ MONGODB_URI: uri });
  b = await buildTestApp({ MONGODB_URI: uri });
});
afterAll(async () => {
  await b.app.close();
  await a.close();
});

const me = (t: TestApp, token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
const post = (t: TestApp, url: string, body: object | undefined, token?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    ...(body ? { payload: body } : {}),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    remoteAddress: someClientIp(),
  });
const expect401 = async (t: TestApp, token: string) => {
  const res = await me(t, token);
  expect([res.statusCode, res.json().error.code]).toEqual([401, 'UNAUTHENTICATED']);
};

describe('an access token ends with its session', () => {
  it('is refused on the first request after logout, on both copies', async () => {
    const pair = await wechatLogin(a.app, 'ended_by_logout');
    // Both copies have seen (and may have cached) the live session.
    expect((await me(a, pair.accessToken)).statusCode).toBe(200);
    expect((await me(b, pair.accessToken)).statusCode).toBe(200);
    expect((await post(a, '/auth/logout', undefined, pair.accessToken)).statusCode).toBe(204);
    await expect401(a, pair.accessToken);
    await expect401(b, pair.accessToken);
    // Logout stays idempotent for a client retrying it with the token it still holds.
    expect((await post(b, '/auth/logout', undefined, pair.accessToken)).statusCode).toBe(401);
  });

  it('refuses every access token of a family revoked for refresh-token reuse', async () => {
    const first = await wechatLogin(a.app, 'ended_by_reuse');
    const rotated = await post(a, '/auth/refresh', { refreshToken: first.refreshToken });
    expect(rotated.statusCode).toBe(200);
    const second = rotated.json<TokenPair>();
    expect((await me(b, first.accessToken)).statusCode).toBe(200);
    expect((await me(b, second.accessToken)).statusCode).toBe(200);
    // The thief (or the client) replays the rotated-away refresh token on the other copy.
    expect((await post(b, '/auth/refresh', { refreshToken: first.refreshToken })).statusCode).toBe(401);
    for (const t of [a, b]) {
      await expect401(t, first.accessToken);
      await expect401(t, second.accessToken);
    }
  });

  it('leaves the other sessions of the same person alive', async () => {
    const phone = await wechatLogin(a.app, 'two_devices');
    const laptop = await wechatLogin(a.app, 'two_devices', 'h5');
    expect((await post(a, '/auth/logout', undefined, phone.accessToken)).statusCode).toBe(204);
    await expect401(b, phone.accessToken);
    expect((await me(b, laptop.accessToken)).statusCode).toBe(200);
  });
});
