import { type FastifyInstance } from 'fastify';
import { APP_ID, APP_SECRET, armScenario, buildTestApp } from '../../testing/mock-app';

const base = { appid: APP_ID, secret: APP_SECRET, grant_type: 'authorization_code' };

describe('GET /sns/jscode2session', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  const login = (query: Record<string, string>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/sns/jscode2session', query, headers });

  it('turns test_<name> into openid_<name> with a fresh session key', async () => {
    const res = await login({ ...base, js_code: 'test_alice_2' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ openid: 'openid_alice_2', unionid: 'unionid_alice_2', session_key: expect.any(String) });
    expect(body.session_key).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(body.session_key, 'base64')).toHaveLength(16);
    const again = (await login({ ...base, js_code: 'test_alice_2' })).json();
    expect(again.openid).toBe('openid_alice_2');
    expect(again.session_key).not.toBe(body.session_key);
  });

  it.each(['alice', 'test_', 'test_a-b', `test_${'a'.repeat(33)}`, 'TEST_alice', ' test_alice'])(
    'answers 40029 for code %j',
    async (code) => {
      expect((await login({ ...base, js_code: code })).json()).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    },
  );

  it('accepts a 32-character name', async () => {
    const name = 'b'.repeat(32);
    expect((await login({ ...base, js_code: `test_${name}` })).json().openid).toBe(`openid_${name}`);
  });

  it.each([
    [{ ...base, appid: 'wx_other', js_code: 'test_a' }, 40013],
    [{ ...base, secret: 'nope', js_code: 'test_a' }, 40125],
    [{ secret: APP_SECRET, grant_type: 'authorization_code', js_code: 'test_a' }, 41002],
    [{ ...base }, 41008],
    [{ ...base, grant_type: 'client_credential', js_code: 'test_a' }, 40002],
  ])('refuses %j with %i', async (query, errcode) => {
    expect((await login(query)).json().errcode).toBe(errcode);
  });

  it('answers 40029 for a good code under invalid-code (header)', async () => {
    const res = await login({ ...base, js_code: 'test_alice' }, { 'x-mock-scenario': 'invalid-code' });
    expect(res.json()).toEqual({ errcode: 40029, errmsg: 'invalid code' });
  });

  it('answers 40029 while invalid-code is armed, then logs in again', async () => {
    await armScenario(app, { name: 'invalid-code', times: 1, path: '/sns/jscode2session' });
    expect((await login({ ...base, js_code: 'test_alice' })).json().errcode).toBe(40029);
    expect((await login({ ...base, js_code: 'test_alice' })).json().openid).toBe('openid_alice');
  });

  it('fails only the logins whose query contains the armed match text', async () => {
    await armScenario(app, { name: 'wechat-busy', times: 3, match: 'js_code=test_carol' });
    expect((await login({ ...base, js_code: 'test_alice' })).json().openid).toBe('openid_alice');
    expect((await login({ ...base, js_code: 'test_carol' })).json().errcode).toBe(-1);
    expect(app.scenarios.list()).toEqual([{ name: 'wechat-busy', remaining: 2, match: 'js_code=test_carol' }]);
  });

  it('answers system error under wechat-busy', async () => {
    const res = await login({ ...base, js_code: 'test_alice' }, { 'x-mock-scenario': 'wechat-busy' });
    expect(res.json()).toEqual({ errcode: -1, errmsg: 'system error' });
  });

  it('ignores a scenario this endpoint cannot act out', async () => {
    const res = await login({ ...base, js_code: 'test_alice' }, { 'x-mock-scenario': 'sms-fail' });
    expect(res.json().openid).toBe('openid_alice');
  });

  it('uses the appid and secret it was built with', async () => {
    const custom = await buildTestApp({ appId: 'wx_custom', appSecret: 's3' });
    const ok = await custom.inject({
      method: 'GET',
      url: '/sns/jscode2session',
      query: { ...base, appid: 'wx_custom', secret: 's3', js_code: 'test_bob' },
    });
    await custom.close();
    expect(ok.json().openid).toBe('openid_bob');
    expect((await login({ ...base, appid: 'wx_custom', js_code: 'test_bob' })).json().errcode).toBe(40013);
  });
});
