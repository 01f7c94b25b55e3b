import { type TokenPair } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { someClientIp, wechatLogin } from '../../../../test/helpers/login-as';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const refresh = (refreshToken: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    payload: { refreshToken },
    remoteAddress: someClientIp(),
  });
const logout = (accessToken: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/logout',
    headers: { authorization: `Bearer ${accessToken}` },
    remoteAddress: someClientIp(),
  });
interface SessionDoc {
  _id: string;
  currentJti: string;
  usedJtis: string[];
  revokedAt: Date | null;
  revokedReason?: string;
}
const sidOf = (pair: TokenPair): string =>
  JSON.parse(Buffer.from(pair.refreshToken.split('.')[1] ?? '', 'base64url').toString()).sid;
const sessionOf = (pair: TokenPair) => t.app.db.collection<SessionDoc>('sessions').findOne({ _id: sidOf(pair) });
const revocationOf = (pair: TokenPair) =>
  t.app.db.collection<{ _id: string }>('session_revocations').findOne({ _id: sidOf(pair) });

describe('POST /auth/refresh', () => {
  it('rotates: a new pair, and the old refresh token is now a used one', async () => {
    const first = await wechatLogin(t.app, 'rita');
    const res = await refresh(first.refreshToken);
    expect(res.statusCode).toBe(200);
    const second = res.json<TokenPair>();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user).toEqual(first.user);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${second.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    const session = await sessionOf(second);
    expect(session?.usedJtis).toHaveLength(1);
    expect(session?.revokedAt).toBeNull();
    // The new token keeps working: rotation continues.
    expect((await refresh(second.refreshToken)).statusCode).toBe(200);
  });

  it('treats a reused refresh token as theft: 401 and the whole family revoked', async () => {
    const first = await wechatLogin(t.app, 'victim');
    const second = (await refresh(first.refreshToken)).json<TokenPair>();
    const replay = await refresh(first.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('UNAUTHENTICATED');
    expect(await sessionOf(first)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: 'reuse' });
    expect(await revocationOf(first)).toMatchObject({ reason: 'reuse' });
    // The newest token of the family stops working too.
    const newest = await refresh(second.refreshToken);
    expect(newest.statusCode).toBe(401);
    expect(newest.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('lets at most one of two concurrent uses of the same token win, and ends the family', async () => {
    const first = await wechatLogin(t.app, 'twice');
    const results = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    const codes = results.map((r) => r.statusCode).sort();
    // The second use is refused as a reuse. When it lands before the first has moved the session on, the
    // revocation it causes refuses the first as well: both 401, never two pairs.
    expect([
      [200, 401],
      [401, 401],
    ]).toContainEqual(codes);
    expect(await revocationOf(first)).toMatchObject({ reason: 'reuse' });
    // Whichever pair was handed out, the family is over.
    const winner = results.find((r) => r.statusCode === 200)?.json<TokenPair>();
    if (winner) expect((await refresh(winner.refreshToken)).statusCode).toBe(401);
  });

  it('leaves other sessions of the same user alone when one family is revoked', async () => {
    const phone = await wechatLogin(t.app, 'multi');
    const laptop = await wechatLogin(t.app, 'multi', 'h5');
    await refresh(phone.refreshToken);
    await refresh(phone.refreshToken);
    expect((await refresh(laptop.refreshToken)).statusCode).toBe(200);
  });

  it('refuses an access token presented as a refresh token', async () => {
    const pair = await wechatLogin(t.app, 'mixup');
    const res = await refresh(pair.accessToken);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
    expect((await sessionOf(pair))?.usedJtis).toEqual([]);
  });

  it('refuses a well-formed string that is no token of ours', async () => {
    const res = await refresh('x'.repeat(40));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /auth/logout', () => {
  it('answers 204 and the refresh token of that login stops working', async () => {
    const pair = await wechatLogin(t.app, 'leaver');
    const res = await logout(pair.accessToken);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(await sessionOf(pair)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: 'logout' });
    expect(await revocationOf(pair)).toMatchObject({ reason: 'logout' });
    const after = await refresh(pair.refreshToken);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    // The access token ended with its session (issue 13): logging out again is refused and keeps the first reason.
    expect((await logout(pair.accessToken)).statusCode).toBe(401);
    expect((await sessionOf(pair))?.revokedReason).toBe('logout');
  });

  it('requires an access token (a refresh token is not one)', async () => {
    const pair = await wechatLogin(t.app, 'leaver2');
    const res = await logout(pair.refreshToken);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
    expect((await sessionOf(pair))?.revokedAt).toBeNull();
    expect(await revocationOf(pair)).toBeNull();
  });
});
