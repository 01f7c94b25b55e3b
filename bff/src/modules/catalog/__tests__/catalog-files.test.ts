import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { auditModel } from '../../audit/audit.model';
import { tempUploadRoot } from '../../uploads/testing/multipart';
import { catalogFileModel } from '../catalog-file.model';
import { loginAdmins, type Admins } from '../testing/fixtures';
import { jpegOf, PDF, pngOf, postCatalogFile } from '../testing/files';

const uploads = tempUploadRoot();
let t: TestApp;
let who: Admins;
beforeAll(async () => {
  t = await buildTestApp(uploads.env);
  who = await loginAdmins(t.app);
});
afterAll(async () => {
  await t.close();
  uploads.remove();
});

const get = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1/catalog-files/${id}`, headers });
const stored = () => catalogFileModel(t.app.db).countDocuments();

describe('POST /admin/catalog-files', () => {
  it('stores an image for an admin: 201 with its id, name, type, size and public url; audited', async () => {
    const png = pngOf(240, 320);
    const res = await postCatalogFile(t.app, who.admin, '照片示例.png', png);
    expect(res.statusCode).toBe(201);
    const view = res.json<{ id: string; url: string }>();
    expect(view).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: '照片示例.png',
      contentType: 'image/png',
      size: png.length,
      url: expect.stringMatching(new RegExp(`/api/v1/catalog-files/${view.id}$`)),
    });
    expect(await catalogFileModel(t.app.db).findById(view.id).lean()).toMatchObject({ width: 240, height: 320 });
    expect(await auditModel(t.app.db).find({ action: 'catalog.file.upload', target: view.id }).lean()).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ userId: who.admin.userId, role: 'admin' }) }),
    ]);
  });

  it('takes a JPEG by its content, whatever its name says, and reads its size from the frame header', async () => {
    const res = await postCatalogFile(t.app, who.admin, 'scan.pdf', jpegOf(800, 600));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'image/jpeg', name: 'scan.pdf.jpg' });
    expect(await catalogFileModel(t.app.db).findById(res.json<{ id: string }>().id).lean()).toMatchObject({
      width: 800,
      height: 600,
    });
  });

  it.each([
    ['a text file', 'a.txt', Buffer.from('just text')],
    ['a program named like a PDF', 'form.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
    ['a JPEG whose header cannot be read', 'broken.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])],
  ])('refuses %s with 415 and records nothing', async (_what, name, content) => {
    const before = await stored();
    const res = await postCatalogFile(t.app, who.admin, name, content);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await stored()).toBe(before);
  });

  it.each([
    ['a PNG narrower than 200 px', pngOf(199, 400), '199×400'],
    ['a JPEG lower than 200 px', jpegOf(640, 120), '640×120'],
  ])('refuses %s with 400 on `file`, naming its size, and records nothing', async (_what, content, size) => {
    const before = await stored();
    const res = await postCatalogFile(t.app, who.admin, 'small.img', content);
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; details: { path: string; message: string }[] } }>();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([expect.objectContaining({ path: 'file', message: expect.stringContaining(size) })]);
    expect(await stored()).toBe(before);
  });

  it('refuses a file over 5 MB with 413 and records nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const res = await postCatalogFile(t.app, who.admin, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await stored()).toBe(before);
  });

  it('takes a PDF of exactly 5 MB', async () => {
    const full = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 - PDF.length, 0x20)]);
    expect((await postCatalogFile(t.app, who.admin, 'full.pdf', full)).statusCode).toBe(201);
  });

  it('refuses a resident (403) and a caller without a login (401), recording nothing', async () => {
    const before = await stored();
    const audits = await auditModel(t.app.db).countDocuments();
    expect((await postCatalogFile(t.app, who.resident, 'a.pdf', PDF)).statusCode).toBe(403);
    expect((await postCatalogFile(t.app, null, 'a.pdf', PDF)).statusCode).toBe(401);
    expect(await stored()).toBe(before);
    expect(await auditModel(t.app.db).countDocuments()).toBe(audits);
  });
});

describe('GET /catalog-files/:id', () => {
  it('serves an image to anyone, inline, with its type and a year-long immutable cache; 304 for its ETag', async () => {
    const png = pngOf(300, 300);
    const { id } = (await postCatalogFile(t.app, who.admin, '示例图.png', png)).json<{ id: string }>();
    const res = await get(id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(png)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toMatch(/^inline; /);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const again = await get(id, { 'if-none-match': res.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('serves a PDF as a download under its Chinese name (RFC 5987)', async () => {
    const { id } = (await postCatalogFile(t.app, who.admin, '空白表格.pdf', PDF)).json<{ id: string }>();
    const res = await get(id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('空白表格.pdf')}`,
    );
    expect(res.rawPayload.equals(PDF)).toBe(true);
  });

  it('keeps the stored file encrypted: the bytes on disk are not the PDF', async () => {
    const { id } = (await postCatalogFile(t.app, who.admin, 'secret-ish.pdf', PDF)).json<{ id: string }>();
    const doc = await catalogFileModel(t.app.db).findById(id).lean();
    const { readFileSync } = await import('node:fs');
    const onDisk = readFileSync(path.join(uploads.dir, ...(doc?.storageKey as string).split('/')));
    expect(onDisk.subarray(0, 4).toString('latin1')).toBe('OTF\u0001');
    expect(onDisk.includes(PDF.subarray(0, 20))).toBe(false);
  });

  it('answers 404 for an unknown id and for a file gone from the store (not cached), 400 for a malformed id', async () => {
    expect((await get('0123456789abcdef01234567')).statusCode).toBe(404);
    expect((await get('not-an-id')).statusCode).toBe(400);
    const { id } = (await postCatalogFile(t.app, who.admin, 'gone.pdf', PDF)).json<{ id: string }>();
    const doc = await catalogFileModel(t.app.db).findById(id).lean();
    rmSync(path.join(uploads.dir, ...(doc?.storageKey as string).split('/')), { force: true });
    const res = await get(id);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect(res.headers['cache-control']).toBeUndefined();
  });
});
