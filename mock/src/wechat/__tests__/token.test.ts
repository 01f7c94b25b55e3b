import { type FastifyInstance } from 'fastify';
import { APP_ID, APP_SECRET, armScenario, buildTestApp, issueToken } from '../../testing/mock-app';
import { TokenRegistry } from '../tokens';

const good = { grant_type: 'client_credential', appid: APP_ID, secret: APP_SECRET };

describe('WeChat access token', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  it('issues a token for the configured app', async () => {
    const res = await app.inject({ method: 'GET', url: '/cgi-bin/token', query: good });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ access_token: expect.any(String), expires_in: 7200 });
    expect(body.access_token.length).toBeGreaterThanOrEqual(32);
    const again = await app.inject({ method: 'GET', url: '/cgi-bin/token', query: good });
    expect(again.json().access_token).not.toBe(body.access_token);
  });

  it.each([
    [{ ...good, appid: 'wx_other' }, 40013],
    [{ ...good, secret: 'wrong' }, 40125],
    [{ grant_type: 'client_credential', secret: APP_SECRET }, 41002],
    [{ grant_type: 'client_credential', appid: APP_ID }, 41004],
    [{ ...good, grant_type: 'authorization_code' }, 40002],
  ])('refuses %j with errcode %i and HTTP 200', async (query, errcode) => {
    const res = await app.inject({ method: 'GET', url: '/cgi-bin/token', query });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ errcode, errmsg: expect.any(String) });
  });

  it('serves a stable token: the same until force_refresh', async () => {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/cgi-bin/stable_token', payload });
    const first = (await post(good)).json();
    expect(first).toEqual({ access_token: expect.any(String), expires_in: expect.any(Number) });
    expect(first.expires_in).toBeGreaterThan(7190);
    expect((await post(good)).json().access_token).toBe(first.access_token);
    const forced = (await post({ ...good, force_refresh: true })).json();
    expect(forced.access_token).not.toBe(first.access_token);
    expect((await post({ ...good, secret: 'x' })).json().errcode).toBe(40125);
    expect((await post({ ...good, appid: 'x' })).json().errcode).toBe(40013);
  });

  it('accepts a JSON body sent as text/plain, as WeChat does', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cgi-bin/stable_token',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify(good),
    });
    expect(res.json().access_token).toEqual(expect.any(String));
  });

  it('answers malformed JSON with 47001', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cgi-bin/stable_token',
      headers: { 'content-type': 'application/json' },
      payload: '{"appid":',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ errcode: 47001, errmsg: 'data format error' });
  });

  it('answers system error under wechat-busy (header)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/cgi-bin/token',
      query: good,
      headers: { 'x-mock-scenario': 'wechat-busy' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ errcode: -1, errmsg: 'system error' });
  });

  it('answers system error for the armed number of requests', async () => {
    await armScenario(app, { name: 'wechat-busy', times: 2, path: '/cgi-bin/' });
    for (let i = 0; i < 2; i += 1) {
      const res = await app.inject({ method: 'POST', url: '/cgi-bin/stable_token', payload: good });
      expect(res.json()).toEqual({ errcode: -1, errmsg: 'system error' });
    }
    expect(typeof (await issueToken(app))).toBe('string');
  });
});

describe('access_token checks', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  const call = (query: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/wxa/business/getuserphonenumber',
      query,
      payload: { code: 'phone_13800138000' },
    });

  it('accepts a token this simulator issued', async () => {
    const res = await call({ access_token: await issueToken(app) });
    expect(res.json().errcode).toBe(0);
  });

  it('answers 41001 without a token', async () => {
    expect((await call({})).json()).toEqual({ errcode: 41001, errmsg: 'access_token missing' });
  });

  it('answers 40001 for a token it never issued', async () => {
    expect((await call({ access_token: 'made_up' })).json()).toEqual({ errcode: 40001, errmsg: 'invalid credential' });
  });

  it('does not accept a token from another simulator instance', async () => {
    const other = await buildTestApp();
    const foreign = await issueToken(other);
    await other.close();
    expect((await call({ access_token: foreign })).json().errcode).toBe(40001);
  });
});

describe('TokenRegistry', () => {
  it('expires tokens after 7200 seconds', () => {
    let now = 1_000_000;
    const tokens = new TokenRegistry(() => now);
    const { access_token } = tokens.issue();
    expect(tokens.check(access_token)).toBe('ok');
    now += 7199_000;
    expect(tokens.check(access_token)).toBe('ok');
    now += 1_000;
    expect(tokens.check(access_token)).toBe('expired');
    expect(tokens.check(undefined)).toBe('missing');
    expect(tokens.check('nope')).toBe('unknown');
  });

  it('renews the stable token once it has expired', () => {
    let now = 0;
    const tokens = new TokenRegistry(() => now);
    const first = tokens.issueStable(false);
    now = 3600_000;
    expect(tokens.issueStable(false)).toEqual({ access_token: first.access_token, expires_in: 3600 });
    now = 7200_000;
    expect(tokens.issueStable(false).access_token).not.toBe(first.access_token);
  });
});
