import { buildTestApp, type TestApp } from '../../test/helpers/build-app';
import { loginAs } from '../../test/helpers/login-as';

/**
 * The database away is not a bug: every request is answered at once with 503 DB_UNAVAILABLE and a
 * Retry-After, in the contract's error shape — never a 500, never a wait in mongoose's buffer.
 */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close().catch(() => undefined);
});

it('answers 503 DB_UNAVAILABLE with Retry-After within two seconds once the database is gone', async () => {
  const resident = await loginAs(t.app, 'db_gone_resident');
  const mine = { method: 'GET' as const, url: '/api/v1/applications?scope=mine', headers: resident.headers };
  expect((await t.app.inject(mine)).statusCode).toBe(200);
  // The connection's client closed: as if the server went away (kill -9 is the reliability suite's).
  await t.app.db.getClient().close(true);
  const progress = { method: 'GET' as const, url: '/api/v1/progress?number=ZW20261203000001&phoneLast4=1234' };
  const submit = {
    method: 'POST' as const,
    url: '/api/v1/applications',
    headers: resident.headers,
    payload: { items: ['TEST-SIMPLE'] },
  };
  for (const request of [mine, progress, submit]) {
    const started = Date.now();
    const res = await t.app.inject(request);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('3');
    expect(res.json()).toEqual({ error: { code: 'DB_UNAVAILABLE', message: expect.any(String) } });
  }
});

describe('isDbUnavailable', () => {
  it('knows the driver’s errors and a socket the server ended, also as a cause; not other errors', async () => {
    const { isDbUnavailable } = await import('../lib/db-unavailable');
    const ended = Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' });
    expect(isDbUnavailable(ended)).toBe(true);
    expect(isDbUnavailable(Object.assign(new Error('x'), { name: 'MongoNetworkError' }))).toBe(true);
    expect(isDbUnavailable(new Error('wrapped', { cause: ended }))).toBe(true);
    expect(isDbUnavailable(new TypeError('undefined is not a function'))).toBe(false);
    expect(isDbUnavailable(Object.assign(new Error('E11000 duplicate key'), { name: 'MongoServerError' }))).toBe(false);
  });
});
