import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Types } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SEALED_MAGIC } from '../../../lib/storage/file-cipher';
import { SAMPLES, fileBody, filesUnder, jpegHead, multipart, pngHead, tempUploadRoot } from '../testing/multipart';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const store = tempUploadRoot();
let t: TestApp;
let alice: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(store.env);
  alice = await loginAs(t.app, 'up_alice');
});
afterAll(async () => {
  await t.close();
  store.remove();
});

const post = (
  body: { payload: Buffer | string | object; headers: Record<string, string> },
  who: LoggedIn | null = alice,
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...body.headers, ...(who?.headers ?? {}) },
    payload: body.payload,
  });
const docsOf = (who: LoggedIn) =>
  t.app.db
    .collection('uploads')
    .find({ ownerId: new Types.ObjectId(who.userId) })
    .toArray();
/** Only `<aa>/<sha256>` files, and no temp file left. */
const expectOnlyStoredFiles = () => {
  for (const f of filesUnder(store.dir)) expect(f).toMatch(/^([0-9a-f]{2})\/\1[0-9a-f]{62}$/);
};

describe('POST /uploads', () => {
  it.each([
    ['photo.jpg', SAMPLES.jpeg, 'image/jpeg'],
    ['scan.png', SAMPLES.png, 'image/png'],
    ['营业执照.pdf', SAMPLES.pdf, 'application/pdf'],
  ])('accepts %s by content (201) and stores it under its SHA-256', async (name, content, mime) => {
    const res = await post(fileBody(name, content, 'text/plain'));
    expect(res.statusCode).toBe(201);
    const view = res.json<UploadView>();
    expect(view).toEqual({ id: expect.any(String), name, mime, size: content.length, sha256: sha256(content) });
    const doc = await t.app.db.collection('uploads').findOne({ _id: new Types.ObjectId(view.id) });
    expect(doc).toMatchObject({ name, mime, size: content.length, sha256: view.sha256, usedBy: [] });
    expect(doc?.ownerId.toHexString()).toBe(alice.userId);
    expect(doc?.storageKey).toBe(`${view.sha256.slice(0, 2)}/${view.sha256}`);
    expect(doc?.createdAt).toBeInstanceOf(Date);
    // Encrypted at rest (upload-encryption.test.ts reads it back).
    const stored = readFileSync(path.join(store.dir, view.sha256.slice(0, 2), view.sha256));
    expect(stored.subarray(0, 4)).toEqual(SEALED_MAGIC);
    expect(stored.includes(content)).toBe(false);
    expectOnlyStoredFiles();
  });

  it.each([
    ['an .exe named photo.jpg', 'photo.jpg', SAMPLES.exe],
    ['a text file named .pdf', 'contract.pdf', SAMPLES.text],
    ['an empty file', 'empty.png', Buffer.alloc(0)],
  ])('refuses %s with 415, leaving no file and no record', async (_what, name, content) => {
    const before = await docsOf(alice);
    const files = filesUnder(store.dir);
    const res = await post(fileBody(name, content, 'image/jpeg'));
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await docsOf(alice)).toHaveLength(before.length);
    expect(filesUnder(store.dir)).toEqual(files);
    expect(readdirSync(path.join(store.dir, '.tmp'))).toEqual([]);
  });

  it.each([
    ['a 1×1 PNG', 'scan.png', pngHead(1, 1), 1, 1],
    ['a JPEG 640×120 (a strip)', 'photo.jpg', jpegHead(640, 120), 640, 120],
    ['a PNG thumbnail 160×239', 'thumb.png', pngHead(160, 239), 160, 239],
    // Phones put EXIF (with its own thumbnail) before the frame header: the size is read past it.
    [
      'a JPEG 200×300 behind 60 KB of EXIF',
      'exif.jpg',
      Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xea, 0x62]),
        Buffer.alloc(0xea60, 0x41),
        jpegHead(200, 300).subarray(2),
      ]),
      200,
      300,
    ],
  ])(
    'refuses %s as too small to read (400), saying its size and what to do, storing nothing',
    async (_what, name, content, width, height) => {
      const before = await docsOf(alice);
      const files = filesUnder(store.dir);
      const res = await post(fileBody(name, content, 'image/png'));
      const message = `图片太小（${width}×${height} 像素），无法看清内容。请在光线充足处对准材料重新拍摄，或上传 PDF`;
      expect([res.statusCode, res.json()]).toEqual([
        400,
        {
          error: {
            code: 'VALIDATION_FAILED',
            message,
            details: [{ in: 'body', path: 'file', message, reason: 'IMAGE_TOO_SMALL', width, height, min: 240 }],
          },
        },
      ]);
      expect(await docsOf(alice)).toHaveLength(before.length);
      expect(filesUnder(store.dir)).toEqual(files);
      expect(readdirSync(path.join(store.dir, '.tmp'))).toEqual([]);
    },
  );

  it('accepts a photo whose shorter side is exactly 240 px (a standard ID photo is larger), and any PDF', async () => {
    const edge = await post(fileBody('edge.png', Buffer.concat([pngHead(240, 2000), Buffer.from('edge')])));
    const idPhoto = await post(fileBody('一寸照.jpg', Buffer.concat([jpegHead(295, 413), Buffer.from('photo')])));
    const tinyPdf = await post(fileBody('one-line.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')));
    expect([edge.statusCode, idPhoto.statusCode, tinyPdf.statusCode]).toEqual([201, 201, 201]);
  });

  it('keeps path components and bidi tricks out of names and out of the filesystem', async () => {
    const traversal = await post(fileBody('../../etc/passwd.jpg', SAMPLES.jpeg));
    const rtl = await post(fileBody('invoice\u202Egpj.exe', Buffer.concat([SAMPLES.jpeg, Buffer.from('rtl')])));
    const windows = await post(fileBody('C:\\Users\\x\\..\\secret\u0007.pdf', SAMPLES.pdf));
    expect([traversal.statusCode, rtl.statusCode, windows.statusCode]).toEqual([201, 201, 201]);
    expect(traversal.json().name).toBe('passwd.jpg');
    expect(rtl.json().name).toBe('invoicegpj.exe.jpg');
    expect(windows.json().name).toBe('secret.pdf');
    // Nothing outside UPLOAD_DIR; inside it only content-addressed files.
    expect(readdirSync(store.root)).toEqual(['uploads']);
    expect(existsSync(path.resolve(store.dir, '../../etc/passwd.jpg'))).toBe(false);
    expectOnlyStoredFiles();
  });

  it('cuts long names to 100 characters and keeps the extension', async () => {
    const res = await post(fileBody(`${'长'.repeat(150)}.pdf`, SAMPLES.pdf));
    expect(res.json().name).toBe(`${'长'.repeat(96)}.pdf`);
  });

  it('answers 400 without a `file` part, with two files, or with a malformed body', async () => {
    const cases = [
      multipart([{ name: 'note', content: 'hello' }]),
      multipart([{ name: 'other', filename: 'a.pdf', content: SAMPLES.pdf }]),
      multipart([
        { name: 'file', filename: 'a.pdf', content: SAMPLES.pdf },
        { name: 'file', filename: 'b.pdf', content: Buffer.concat([SAMPLES.pdf, Buffer.from('b')]) },
      ]),
      { payload: Buffer.from('--nope\r\ngarbage'), headers: { 'content-type': 'multipart/form-data; boundary=xyz' } },
      { payload: Buffer.from('whatever'), headers: { 'content-type': 'multipart/form-data' } },
    ];
    const before = await docsOf(alice);
    for (const body of cases) {
      const res = await post(body);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await docsOf(alice)).toHaveLength(before.length);
    expect(readdirSync(path.join(store.dir, '.tmp'))).toEqual([]);
  });

  it('answers 415 to a body that is not multipart (JSON, raw bytes)', async () => {
    const json = await post({ payload: { file: 'aGVsbG8=' }, headers: { 'content-type': 'application/json' } });
    const raw = await post({ payload: SAMPLES.pdf, headers: { 'content-type': 'application/pdf' } });
    for (const res of [json, raw])
      expect([res.statusCode, res.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('answers 401 without a valid token and stores nothing', async () => {
    const files = filesUnder(store.dir);
    const res = await post(fileBody('x.pdf', Buffer.concat([SAMPLES.pdf, Buffer.from('anon')])), null);
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(filesUnder(store.dir)).toEqual(files);
  });
});
