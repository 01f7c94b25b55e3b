import { connect, type AddressInfo } from 'node:net';
import { buildTestApp, type TestApp } from '../../test/helpers/build-app';

/**
 * The real HTTP server (app.inject bypasses Node's parser and timers), with
 * limits shortened so the test takes seconds: headers 1 s, a body 1 s, a whole
 * request (an upload) 3 s.
 */
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await buildTestApp({ HEADERS_TIMEOUT_MS: '1000', BODY_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '3000' });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t.close();
});

interface Outcome {
  answer: string;
  closedAfterMs: number;
}

/** Sends `head` (and nothing more), then reads until the server closes the connection. */
function sendAndWait(head: string, giveUpMs = 10_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (answer += d));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`connection still open after ${giveUpMs} ms`));
    }, giveUpMs).unref();
  });
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;

describe('slow clients', () => {
  it('a body that trickles is answered 408 REQUEST_TIMEOUT and closed, while others are served', async () => {
    const slow = sendAndWait(
      'POST /api/v1/auth/wechat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"code":',
    );
    const other = await fetch(`http://127.0.0.1:${port}/api/v1/items`);
    expect(other.status).toBe(200);
    const { answer, closedAfterMs } = await slow;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(answer)).toEqual({ error: { code: 'REQUEST_TIMEOUT', message: expect.any(String) } });
    expect(closedAfterMs).toBeLessThan(3_000);
  });

  it('an upload body that stalls is closed at the whole-request limit with 408', async () => {
    const { answer, closedAfterMs } = await sendAndWait(
      'POST /api/v1/uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000000\r\n\r\n--b\r\n',
    );
    // Not logged in: the answer may be 401 before the body; either way the connection does not stay open.
    expect(answer).toMatch(/^HTTP\/1\.1 (401|408) /);
    expect(closedAfterMs).toBeLessThan(6_000);
  });

  it('a body refused before it is read (413 on its declared length) does not end the server when its time is up', async () => {
    const refused = await sendAndWait(
      'POST /api/v1/auth/wechat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"code":',
    ).catch((err: Error) => ({ answer: err.message, closedAfterMs: -1 }));
    expect(refused.answer).toMatch(/^HTTP\/1\.1 413 /);
    // Past the body allowance: the unread body's timer fired; the server is still there.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/items`)).status).toBe(200);
  });

  it('headers that never end are answered 408 and closed within the headers limit', async () => {
    const { answer, closedAfterMs } = await sendAndWait('GET /api/v1/items HTTP/1.1\r\nHost: x\r\nX-Slow: 1');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(answer)).toEqual({ error: { code: 'REQUEST_TIMEOUT', message: expect.any(String) } });
    expect(closedAfterMs).toBeLessThan(4_000);
  });
});

describe('oversized requests have the error shape', () => {
  it('431 HEADERS_TOO_LARGE for headers over 16 KB', async () => {
    const { answer } = await sendAndWait(
      `GET /api/v1/items HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(answer)).toEqual({ error: { code: 'HEADERS_TOO_LARGE', message: expect.any(String) } });
  });

  it('414 URI_TOO_LONG for a path parameter over 100 characters', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/items/${'A'.repeat(300)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ error: { code: 'URI_TOO_LONG', message: expect.any(String) } });
  });
});
