import { createHash } from 'node:crypto';
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SAMPLES, fileBody, filesUnder, streamedFileBody, tempUploadRoot } from '../testing/multipart';

const MiB = 1024 * 1024;
const MAX = 10 * MiB;
const store = tempUploadRoot();
let t: TestApp;
let alice: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(store.env);
  alice = await loginAs(t.app, 'size_alice');
});
afterAll(async () => {
  await t.close();
  store.remove();
});

const post = (body: { payload: unknown; headers: Record<string, string> }) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...body.headers, ...alice.headers },
    payload: body.payload as Buffer,
  });
const uploadCount = () => t.app.db.collection('uploads').countDocuments();
const tmpFiles = () => readdirSync(path.join(store.dir, '.tmp'));

describe('POST /uploads — size limit (UPLOAD_MAX_BYTES, 10 MiB)', () => {
  it('accepts a file of exactly 10 MiB (201), streamed', async () => {
    const res = await post(streamedFileBody('big.pdf', MAX));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ size: MAX, mime: 'application/pdf' });
    const expected = createHash('sha256')
      .update(SAMPLES.pdf)
      .update(Buffer.alloc(MAX - SAMPLES.pdf.length, 0x20));
    expect(res.json().sha256).toBe(expected.digest('hex'));
  });

  it.each([
    ['11 MB, streamed without a length', () => streamedFileBody('huge.pdf', 11 * 1000 * 1000)],
    ['one byte over the limit, streamed', () => streamedFileBody('over.pdf', MAX + 1)],
    ['11 MB with a content-length (refused before reading)', () => fileBody('huge.pdf', Buffer.alloc(11 * MiB, 0x25))],
  ])('refuses %s with 413 and stores nothing', async (_what, body) => {
    const [docs, files] = [await uploadCount(), filesUnder(store.dir)];
    const res = await post(body());
    expect([res.statusCode, res.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await uploadCount()).toBe(docs);
    expect(filesUnder(store.dir)).toEqual(files);
    expect(tmpFiles()).toEqual([]);
  });
});

/** A POST over a real socket, so what the client sees of an early answer is what a phone would see. */
function send(
  agent: http.Agent,
  port: number,
  opts: { method: string; path: string; chunked?: boolean; body?: Buffer },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { payload, headers } = opts.body
      ? fileBody('huge.pdf', opts.body)
      : { payload: Buffer.alloc(0), headers: {} };
    const req = http.request({
      agent,
      port,
      method: opts.method,
      path: opts.path,
      headers: { ...headers, ...alice.headers, ...(opts.chunked ? {} : { 'content-length': payload.length }) },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    for (let i = 0; i < payload.length; i += 256 * 1024) req.write(payload.subarray(i, i + 256 * 1024));
    req.end();
  });
}

describe('POST /uploads — over a real connection', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });

  it.each([{ chunked: false }, { chunked: true }])(
    'the client reads its 413 for an 11 MB file (chunked: $chunked), and the connection is usable',
    async ({ chunked }) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const started = Date.now();
      const body = Buffer.concat([SAMPLES.pdf, Buffer.alloc(11 * MiB)]);
      const res = await send(agent, port, { method: 'POST', path: '/api/v1/uploads', chunked, body });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(tmpFiles()).toEqual([]);
      // The next request on the same kept-alive connection is not mixed up with the rest of the big body.
      const next = await send(agent, port, { method: 'GET', path: '/api/v1/health' });
      expect(next.status).toBe(200);
      agent.destroy();
    },
  );
});
