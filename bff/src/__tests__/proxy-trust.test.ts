import { Writable } from 'node:stream';
import { buildTestApp, type TestApp } from '../../test/helpers/build-app';
import { someClientIp } from '../../test/helpers/login-as';

/** 30 progress lookups from one peer, each claiming another client address in X-Forwarded-For. */
async function rotatingLookups(t: TestApp, remoteAddress: string): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/progress?number=ZW20200101000001&phoneLast4=0000',
      headers: { 'x-forwarded-for': someClientIp() },
      remoteAddress,
    });
    codes.push(res.statusCode);
  }
  return codes;
}
const count = (codes: number[], code: number) => codes.filter((c) => c === code).length;

describe('rate limits per address and X-Forwarded-For', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('by default believes no proxy: rotating headers from one loopback peer are limited (429)', async () => {
    t = await buildTestApp();
    const codes = await rotatingLookups(t, '127.0.0.1');
    expect(count(codes, 404)).toBe(10);
    expect(count(codes, 429)).toBe(20);
  });

  it('with TRUST_PROXY, believes that proxy only: its clients count apart, an untrusted peer is limited', async () => {
    t = await buildTestApp({ TRUST_PROXY: '10.9.0.0/16, 127.0.0.1' });
    expect(count(await rotatingLookups(t, '10.9.3.4'), 429)).toBe(0);
    expect(count(await rotatingLookups(t, '192.168.7.7'), 429)).toBe(20);
  });
});

describe('request logs', () => {
  it('never hold the progress credential (case number and last four phone digits)', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const t = await buildTestApp({}, { logger: { level: 'info', stream } });
    try {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/progress?number=ZW20261203123456&phoneLast4=8731',
      });
      expect(res.statusCode).toBe(404);
      const log = lines.join('');
      expect(log).toContain('/api/v1/progress?number=[redacted]&phoneLast4=[redacted]');
      expect(log).not.toContain('ZW20261203123456');
      expect(log).not.toContain('8731');
    } finally {
      await t.close();
    }
  });
});
