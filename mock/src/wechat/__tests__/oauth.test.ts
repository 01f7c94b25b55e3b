import { type FastifyInstance } from 'fastify';
import { APP_ID, APP_SECRET, armScenario, buildTestApp } from '../../testing/mock-app';
import { isAllowedRedirectUri, withCodeAndState } from '../redirect-uri';

const SPA = 'http://127.0.0.1:10086/#/pages/login/index';
const authorize = { appid: APP_ID, redirect_uri: SPA, response_type: 'code', scope: 'snsapi_base', state: 'st1' };

describe('H5 OAuth page', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  it('renders the Chinese login page with user alice by default', async () => {
    const res = await app.inject({ method: 'GET', url: '/connect/oauth2/authorize', query: authorize });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('模拟微信授权登录');
    expect(res.body).toMatch(/<input[^>]*id="mock-oauth-user"[^>]*name="user"[^>]*value="alice"/);
    expect(res.body).toMatch(/<button[^>]*id="mock-oauth-confirm"[^>]*>确认登录<\/button>/);
    expect(res.body).toContain(`name="redirect_uri" value="${SPA}"`);
    expect(res.body).toContain('action="/connect/oauth2/authorize/confirm"');
  });

  it('escapes what it echoes', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/connect/oauth2/authorize',
      query: { ...authorize, state: '"><script>' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('&#34;&#62;&#60;script&#62;');
  });

  it.each([
    ['an outside host', { redirect_uri: 'https://evil.example.com/cb' }],
    ['a look-alike host', { redirect_uri: 'http://127.0.0.1.evil.com/cb' }],
    ['a javascript: URI', { redirect_uri: 'javascript:alert(1)' }],
    ['an ftp URI', { redirect_uri: 'ftp://localhost/x' }],
    ['no redirect URI', { redirect_uri: '' }],
    ['a wrong appid', { appid: 'wx_other' }],
    ['a wrong response_type', { response_type: 'token' }],
    ['a wrong scope', { scope: 'snsapi_login' }],
  ])('refuses %s with 400', async (_label, change) => {
    for (const url of ['/connect/oauth2/authorize', '/connect/oauth2/authorize/confirm']) {
      const res = await app.inject({ method: 'GET', url, query: { ...authorize, user: 'bob', ...change } });
      expect(res.statusCode).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.body).toContain('授权失败');
    }
  });

  it('redirects with code and state before the hash fragment of an SPA URI', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/connect/oauth2/authorize/confirm',
      query: { ...authorize, user: 'bob' },
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('http://127.0.0.1:10086/?code=test_bob&state=st1#/pages/login/index');
  });

  it('adds to an existing query and keeps the fragment', async () => {
    const query = {
      ...authorize,
      redirect_uri: 'http://localhost:10086/login?from=home#/pages/login/index?x=1',
      user: 'carol_9',
    };
    const res = await app.inject({ method: 'GET', url: '/connect/oauth2/authorize/confirm', query });
    expect(res.headers.location).toBe(
      'http://localhost:10086/login?from=home&code=test_carol_9&state=st1#/pages/login/index?x=1',
    );
  });

  it('appends an empty state when none was given', async () => {
    const { state: _state, ...noState } = authorize;
    const res = await app.inject({
      method: 'GET',
      url: '/connect/oauth2/authorize/confirm',
      query: { ...noState, redirect_uri: 'http://127.0.0.1:10086/cb', user: 'alice' },
    });
    expect(res.headers.location).toBe('http://127.0.0.1:10086/cb?code=test_alice&state=');
  });

  it('re-renders the page with an error for an unusable user name', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/connect/oauth2/authorize/confirm',
      query: { ...authorize, user: '张三' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="mock-oauth-error"');
    expect(res.body).toContain('id="mock-oauth-confirm"');
  });

  it('gives a code the token endpoint accepts (page → redirect → token)', async () => {
    const redirect = await app.inject({
      method: 'GET',
      url: '/connect/oauth2/authorize/confirm',
      query: { ...authorize, user: 'dave' },
    });
    const code = new URL(String(redirect.headers.location)).searchParams.get('code');
    const res = await app.inject({
      method: 'GET',
      url: '/sns/oauth2/access_token',
      query: { appid: APP_ID, secret: APP_SECRET, code: String(code), grant_type: 'authorization_code' },
    });
    expect(res.json()).toEqual({
      access_token: expect.any(String),
      expires_in: 7200,
      refresh_token: expect.any(String),
      openid: 'openid_dave',
      scope: 'snsapi_base',
      unionid: 'unionid_dave',
    });
  });
});

describe('GET /sns/oauth2/access_token', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  const base = { appid: APP_ID, secret: APP_SECRET, grant_type: 'authorization_code' };
  const exchange = (query: Record<string, string>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/sns/oauth2/access_token', query, headers });

  it.each([
    [{ ...base, code: 'nope' }, 40029],
    [{ ...base, code: 'phone_13800138000' }, 40029],
    [{ ...base }, 41008],
    [{ ...base, appid: 'x', code: 'test_a' }, 40013],
    [{ ...base, secret: 'x', code: 'test_a' }, 40125],
  ])('refuses %j with %i', async (query, errcode) => {
    const res = await exchange(query);
    expect(res.statusCode).toBe(200);
    expect(res.json().errcode).toBe(errcode);
  });

  it('does not let the user token open server APIs', async () => {
    const token = (await exchange({ ...base, code: 'test_a' })).json().access_token;
    const res = await app.inject({
      method: 'POST',
      url: '/wxa/getwxacodeunlimit',
      query: { access_token: token },
      payload: { scene: 'x' },
    });
    expect(res.json().errcode).toBe(40001);
  });

  it('acts out invalid-code and wechat-busy', async () => {
    expect((await exchange({ ...base, code: 'test_a' }, { 'x-mock-scenario': 'invalid-code' })).json().errcode).toBe(
      40029,
    );
    expect((await exchange({ ...base, code: 'test_a' }, { 'x-mock-scenario': 'wechat-busy' })).json().errcode).toBe(-1);
    await armScenario(app, { name: 'invalid-code', path: '/sns/oauth2/' });
    expect((await exchange({ ...base, code: 'test_a' })).json().errcode).toBe(40029);
    expect((await exchange({ ...base, code: 'test_a' })).json().openid).toBe('openid_a');
  });
});

describe('redirect URI rules', () => {
  it.each(['http://127.0.0.1:10086/', 'https://localhost/cb', 'http://[::1]:8080/x'])('allows %s', (uri) => {
    expect(isAllowedRedirectUri(uri)).toBe(true);
  });

  it.each(['http://example.com/', 'not a url', 'file:///etc/passwd', 'http://localhost.example.com/'])(
    'refuses %s',
    (uri) => {
      expect(isAllowedRedirectUri(uri)).toBe(false);
    },
  );

  it('keeps the rest of the URI byte for byte', () => {
    expect(withCodeAndState('http://localhost/a?q=a%20b&', 'test_x', 'a b')).toBe(
      'http://localhost/a?q=a%20b&code=test_x&state=a%20b',
    );
    expect(withCodeAndState('http://localhost/?', 'c', 's')).toBe('http://localhost/?code=c&state=s');
  });
});
