import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Types } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SAMPLES, fileBody, filesUnder, streamedFileBody, tempUploadRoot } from '../testing/multipart';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const MARKER = Buffer.from('ID-CARD-330102199001011234-MARKER');
const store = tempUploadRoot();
let t: TestApp;
let alice: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(store.env);
  alice = await loginAs(t.app, 'enc_alice');
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
const get = (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: alice.headers });
const storedPath = (sha: string) => path.join(store.dir, sha.slice(0, 2), sha);
/** A PNG scan with a recognisable text repeated across many 64 KiB chunks. */
const scan = (size: number) => {
  const body = Buffer.alloc(size - SAMPLES.png.length);
  for (let at = 0; at < body.length; at += 4096) MARKER.copy(body, at);
  return Buffer.concat([SAMPLES.png, body]);
};

describe('uploads are encrypted at rest', () => {
  it('stores no plaintext on disk and serves the exact bytes back', async () => {
    const content = scan(300 * 1024 + 7);
    const res = await post(fileBody('身份证.png', content));
    expect(res.statusCode).toBe(201);
    const view = res.json<UploadView>();
    expect(view.sha256).toBe(sha256(content));

    const onDisk = readFileSync(storedPath(view.sha256));
    expect(onDisk.subarray(0, 8).equals(SAMPLES.png.subarray(0, 8))).toBe(false);
    expect(onDisk.includes(SAMPLES.png.subarray(0, 8))).toBe(false);
    expect(onDisk.includes(MARKER)).toBe(false);
    for (const f of filesUnder(store.dir)) expect(readFileSync(path.join(store.dir, f)).includes(MARKER)).toBe(false);

    const served = await get(view.id);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Number(served.headers['content-length'])).toBe(content.length);
    expect(served.rawPayload.equals(content)).toBe(true);
  });

  it('streams a 10 MiB file through encryption and back', async () => {
    const size = 10 * 1024 * 1024;
    const res = await post(streamedFileBody('big.pdf', size));
    expect(res.statusCode).toBe(201);
    const view = res.json<UploadView>();
    expect(view.size).toBe(size);
    const onDisk = readFileSync(storedPath(view.sha256));
    expect(onDisk.includes(Buffer.from('%PDF-'))).toBe(false);
    // Overhead: a header and one tag per 64 KiB chunk.
    expect(onDisk.length - size).toBeLessThan(4096);
    const served = await get(view.id);
    expect(served.statusCode).toBe(200);
    expect(sha256(served.rawPayload)).toBe(view.sha256);
  });

  it('answers 404 for a stored file whose ciphertext was altered', async () => {
    const content = scan(100 * 1024);
    const view = (await post(fileBody('altered.png', content))).json<UploadView>();
    const file = storedPath(view.sha256);
    const bytes = readFileSync(file);
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    chmodSync(file, 0o600);
    writeFileSync(file, bytes);
    expect((await get(view.id)).statusCode).toBe(404);
  });

  it('still serves a file stored unencrypted before encryption at rest', async () => {
    const content = Buffer.concat([SAMPLES.jpeg, randomBytes(5000)]);
    const sha = sha256(content);
    mkdirSync(path.dirname(storedPath(sha)), { recursive: true });
    writeFileSync(storedPath(sha), content);
    const { insertedId } = await t.app.db.collection('uploads').insertOne({
      ownerId: new Types.ObjectId(alice.userId),
      name: 'legacy.jpg',
      mime: 'image/jpeg',
      size: content.length,
      sha256: sha,
      storageKey: `${sha.slice(0, 2)}/${sha}`,
      usedBy: [],
      createdAt: new Date(),
    });
    const served = await get(insertedId.toHexString());
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(content)).toBe(true);
  });

  it('encrypts a legacy plaintext file when the same content is uploaded again', async () => {
    const content = Buffer.concat([SAMPLES.jpeg, randomBytes(3000), MARKER]);
    const sha = sha256(content);
    mkdirSync(path.dirname(storedPath(sha)), { recursive: true });
    writeFileSync(storedPath(sha), content);
    const res = await post(fileBody('again.jpg', content));
    expect(res.statusCode).toBe(201);
    expect(readFileSync(storedPath(sha)).includes(MARKER)).toBe(false);
    expect((await get(res.json<UploadView>().id)).rawPayload.equals(content)).toBe(true);
  });
});
