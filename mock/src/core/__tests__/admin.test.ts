import { type FastifyInstance } from 'fastify';
import { buildMockApp } from '../../app';
import { armScenario, buildTestApp } from '../../testing/mock-app';

const SMS = { phone: '13800138000', template: 'generic', params: { text: '你好' } };
const auth = { authorization: 'Bearer k' };

describe('/__mock admin routes', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  it('reports health', async () => {
    const res = await app.inject({ method: 'GET', url: '/__mock/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('clears recorded messages and texts', async () => {
    await app.inject({ method: 'POST', url: '/sms/v1/send', headers: auth, payload: SMS });
    expect(app.records.sms).toHaveLength(1);
    const res = await app.inject({ method: 'DELETE', url: '/__mock/records' });
    expect(res.statusCode).toBe(200);
    expect(app.records.sms).toHaveLength(0);
    expect((await app.inject({ method: 'GET', url: '/__mock/sms' })).json()).toEqual({ items: [] });
  });

  it('arms, lists and disarms scenarios', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/__mock/scenario',
      payload: { name: 'sms-fail', path: '/sms' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ armed: [{ name: 'sms-fail', remaining: 1, path: '/sms' }] });
    expect((await app.inject({ method: 'GET', url: '/__mock/scenario' })).json().armed).toHaveLength(1);
    const del = await app.inject({ method: 'DELETE', url: '/__mock/scenario' });
    expect(del.json()).toEqual({ armed: [] });
    const sent = await app.inject({ method: 'POST', url: '/sms/v1/send', headers: auth, payload: SMS });
    expect(sent.statusCode).toBe(200);
  });

  it.each([
    { name: 'no-such-thing' },
    { name: 'slow', times: 0 },
    { name: 'slow', times: 1.5 },
    { name: 'slow', path: 'sms' },
    { name: 'slow', match: '' },
  ])('refuses to arm %j', async (payload) => {
    const res = await app.inject({ method: 'PUT', url: '/__mock/scenario', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('InvalidScenario');
    expect(app.scenarios.list()).toEqual([]);
  });

  it('refuses an unknown scenario header instead of ignoring a typo', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/__mock/health',
      headers: { 'x-mock-scenario': 'wechat-bsy' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('UnknownScenario');
  });

  it('answers a malformed admin body with a short JSON error', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/__mock/scenario',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts/);
  });
});

describe('slow scenario', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('delays by header, then answers normally', async () => {
    app = await buildTestApp({ slowMs: 150 });
    const started = Date.now();
    const res = await app.inject({
      method: 'POST',
      url: '/sms/v1/send',
      headers: { ...auth, 'x-mock-scenario': 'slow' },
      payload: SMS,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.json().code).toBe('OK');
  });

  it('delays armed requests only the armed number of times', async () => {
    app = await buildTestApp({ slowMs: 150 });
    await armScenario(app, { name: 'slow', times: 1, path: '/__mock' });
    // Admin routes are never slowed, even under a matching prefix.
    let started = Date.now();
    await app.inject({ method: 'GET', url: '/__mock/health' });
    expect(Date.now() - started).toBeLessThan(140);
    await armScenario(app, { name: 'slow', times: 1 });
    started = Date.now();
    await app.inject({ method: 'GET', url: '/cgi-bin/token' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    started = Date.now();
    await app.inject({ method: 'GET', url: '/cgi-bin/token' });
    expect(Date.now() - started).toBeLessThan(140);
  });

  it('waits two seconds by default', async () => {
    app = buildMockApp();
    await app.ready();
    const started = Date.now();
    await app.inject({ method: 'GET', url: '/cgi-bin/token', headers: { 'x-mock-scenario': 'slow' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1950);
  });
});
