import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { someClientIp, wechatLogin } from '../../../../test/helpers/login-as';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const send = (url: string, payload?: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    ...(payload === undefined ? {} : { payload, headers: { 'content-type': contentType } }),
    remoteAddress: someClientIp(),
  });

/** Every refusal: the contract's status and code, no stack, nobody created. */
async function expectRefused(res: Awaited<ReturnType<typeof send>>, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.json().error.code).toBe(code);
  expect(res.body).not.toMatch(/at .+\.(ts|js):\d+/);
  expect(await t.app.db.collection('users').countDocuments()).toBe(0);
}

describe('POST /auth/wechat refuses bad input with a 4xx', () => {
  it('malformed JSON', async () =>
    expectRefused(await send('/auth/wechat', '{"code": "test_a"'), 400, 'VALIDATION_FAILED'));
  it('no body at all', async () => expectRefused(await send('/auth/wechat'), 400, 'VALIDATION_FAILED'));
  it('an empty JSON body', async () => expectRefused(await send('/auth/wechat', ''), 400, 'VALIDATION_FAILED'));
  // Fastify reads text/plain as a string, which is not the object the schema wants.
  it('a text/plain body', async () =>
    expectRefused(await send('/auth/wechat', '{"code":"test_a"}', 'text/plain'), 400, 'VALIDATION_FAILED'));
  it('a form-encoded body', async () =>
    expectRefused(
      await send('/auth/wechat', 'code=test_a', 'application/x-www-form-urlencoded'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ));
  it('a JSON array', async () => expectRefused(await send('/auth/wechat', '["test_a"]'), 400, 'VALIDATION_FAILED'));
  it('code as a number', async () =>
    expectRefused(await send('/auth/wechat', '{"code": 12345}'), 400, 'VALIDATION_FAILED'));
  it('code as an operator object', async () =>
    expectRefused(await send('/auth/wechat', '{"code": {"$gt": ""}}'), 400, 'VALIDATION_FAILED'));
  it('an empty code', async () => expectRefused(await send('/auth/wechat', '{"code": ""}'), 400, 'VALIDATION_FAILED'));
  it('a code of 10k characters', async () =>
    expectRefused(await send('/auth/wechat', JSON.stringify({ code: 'a'.repeat(10_000) })), 400, 'VALIDATION_FAILED'));
  it('a code with characters WeChat never uses', async () =>
    expectRefused(await send('/auth/wechat', JSON.stringify({ code: "test_a'; DROP" })), 400, 'VALIDATION_FAILED'));
  it('an unknown platform', async () =>
    expectRefused(
      await send('/auth/wechat', JSON.stringify({ code: 'test_a', platform: 'alipay' })),
      400,
      'VALIDATION_FAILED',
    ));
  it('an unknown field (roles smuggled in)', async () =>
    expectRefused(
      await send('/auth/wechat', JSON.stringify({ code: 'test_a', roles: ['admin'] })),
      400,
      'VALIDATION_FAILED',
    ));
  it('__proto__ in the body', async () =>
    expectRefused(
      await send('/auth/wechat', '{"code": "test_a", "__proto__": {"roles": ["admin"]}}'),
      400,
      'VALIDATION_FAILED',
    ));
  it('constructor.prototype in the body', async () =>
    expectRefused(
      await send('/auth/wechat', '{"code": "test_a", "constructor": {"prototype": {"admin": true}}}'),
      400,
      'VALIDATION_FAILED',
    ));
  it('a body over the size limit', async () =>
    expectRefused(
      await send('/auth/wechat', JSON.stringify({ code: 'test_a', pad: 'x'.repeat(300 * 1024) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ));
});

describe('POST /auth/refresh refuses bad input with a 4xx', () => {
  it('a missing refreshToken', async () => expectRefused(await send('/auth/refresh', '{}'), 400, 'VALIDATION_FAILED'));
  it('refreshToken as an operator object', async () =>
    expectRefused(await send('/auth/refresh', '{"refreshToken": {"$ne": null}}'), 400, 'VALIDATION_FAILED'));
  it('a refreshToken of 10k characters', async () =>
    expectRefused(
      await send('/auth/refresh', JSON.stringify({ refreshToken: 'a'.repeat(10_000) })),
      400,
      'VALIDATION_FAILED',
    ));
  it('a garbage refreshToken', async () =>
    expectRefused(
      await send('/auth/refresh', JSON.stringify({ refreshToken: 'not.a.jwt-but-long-enough' })),
      401,
      'UNAUTHENTICATED',
    ));
});

describe('POST /auth/logout', () => {
  it('refuses a request without a token', async () =>
    expectRefused(await send('/auth/logout'), 401, 'UNAUTHENTICATED'));

  it('ignores a body it does not read', async () => {
    const pair = await wechatLogin(t.app, 'bodylogout');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${pair.accessToken}` },
      payload: { all: true },
    });
    expect(res.statusCode).toBe(204);
    await t.app.db.collection('users').deleteMany({});
  });
});
