import jwt from 'jsonwebtoken';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { wechatLogin } from '../../../../test/helpers/login-as';

let t: TestApp;
let userId: string;
let sid: string;
beforeAll(async () => {
  t = await buildTestApp();
  const pair = await wechatLogin(t.app, 'tokenuser');
  userId = pair.user.id;
  sid = (jwt.decode(pair.accessToken) as { sid: string }).sid;
});
afterAll(async () => {
  await t.close();
});

const me = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
const expect401 = async (token: string) => {
  const res = await me(token);
  expect(res.statusCode).toBe(401);
  expect(res.json().error.code).toBe('UNAUTHENTICATED');
  expect(res.body).not.toContain(userId);
};
const secret = () => t.app.config.JWT_SECRET;
const claims = () => ({ sub: userId, sid, roles: ['resident', 'admin'], typ: 'access' });

describe('access tokens at GET /me', () => {
  it('accepts a genuine one', async () => {
    const pair = await wechatLogin(t.app, 'tokenuser');
    expect((await me(pair.accessToken)).statusCode).toBe(200);
  });

  it('refuses a refresh token used as access token', async () => {
    const pair = await wechatLogin(t.app, 'tokenuser');
    await expect401(pair.refreshToken);
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    await expect401(
      jwt.sign({ ...claims(), iat: past - 900, exp: past }, secret(), { algorithm: 'HS256', issuer: 'onetrip' }),
    );
  });

  it('refuses a token signed with another key', async () => {
    await expect401(
      jwt.sign(claims(), 'someone-elses-secret-that-is-long-enough', {
        algorithm: 'HS256',
        issuer: 'onetrip',
        expiresIn: 600,
      }),
    );
  });

  it('refuses a genuine token whose payload was edited', async () => {
    const pair = await wechatLogin(t.app, 'tokenuser');
    const [header, , signature] = pair.accessToken.split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...claims(), exp: Math.floor(Date.now() / 1000) + 600, iss: 'onetrip' }),
    ).toString('base64url');
    await expect401(`${header}.${payload}.${signature}`);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 600;
    await expect401(`${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims(), exp, iss: 'onetrip' })}.`);
  });

  it('refuses a token without exp, signed with our key', async () => {
    await expect401(jwt.sign(claims(), secret(), { algorithm: 'HS256', issuer: 'onetrip' }));
  });

  it('refuses a token whose lifetime is longer than an access token may live', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect401(
      jwt.sign({ ...claims(), iat: now, exp: now + 86_400 }, secret(), { algorithm: 'HS256', issuer: 'onetrip' }),
    );
  });

  it('refuses a token without iss', async () => {
    await expect401(jwt.sign(claims(), secret(), { algorithm: 'HS256', expiresIn: 600 }));
  });

  it('refuses a token of another issuer', async () => {
    await expect401(jwt.sign(claims(), secret(), { algorithm: 'HS256', issuer: 'elsewhere', expiresIn: 600 }));
  });

  it('refuses an expired refresh token at /auth/refresh', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const token = jwt.sign({ sub: userId, sid, jti: 'x', typ: 'refresh', iat: past - 99, exp: past }, secret(), {
      algorithm: 'HS256',
      issuer: 'onetrip',
    });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: token } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a missing or non-Bearer authorization header', async () => {
    for (const authorization of [undefined, 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: authorization ? { authorization } : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
});
