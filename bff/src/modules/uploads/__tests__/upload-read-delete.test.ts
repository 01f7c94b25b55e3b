import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Types } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SAMPLES, fileBody, filesUnder, tempUploadRoot } from '../testing/multipart';
import { markUploadsUsed } from '..';

const store = tempUploadRoot();
let t: TestApp;
let alice: LoggedIn;
let bob: LoggedIn;
let carol: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(store.env);
  [alice, bob, carol] = await Promise.all([
    loginAs(t.app, 'rd_alice'),
    loginAs(t.app, 'rd_bob'),
    loginAs(t.app, 'rd_carol'),
  ]);
  // Stands in for the cases module: carol may read uploads of cases she handles.
  t.app.uploadAccess.register(async (_conn, userId, upload) => userId === carol.userId && upload.usedBy.length > 0);
});
afterAll(async () => {
  await t.close();
  store.remove();
});

let n = 0;
/** A PDF of unique content unless `content` is given. */
async function upload(who: LoggedIn, name = 'file.pdf', content?: Buffer): Promise<UploadView> {
  const bytes = content ?? Buffer.concat([SAMPLES.pdf, Buffer.from(`%${(n += 1)}\n`)]);
  const { payload, headers } = fileBody(name, bytes);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...headers, ...who.headers },
    payload,
  });
  expect(res.statusCode).toBe(201);
  return res.json<UploadView>();
}
const get = (who: LoggedIn, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: who.headers });
const del = (who: LoggedIn, id: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/uploads/${id}`, headers: who.headers });
const fileOf = (u: UploadView) => path.join(store.dir, u.sha256.slice(0, 2), u.sha256);
const docExists = async (id: string) =>
  (await t.app.db.collection('uploads').countDocuments({ _id: new Types.ObjectId(id) })) === 1;

describe('GET /uploads/:id', () => {
  it('gives the owner the exact bytes, with their type, a safe download name and no caching or sniffing', async () => {
    const content = Buffer.concat([SAMPLES.jpeg, Buffer.from('owner photo')]);
    const u = await upload(alice, "身份证 正面(1)'.jpg", content);
    const res = await get(alice, u.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(content)).toBe(true);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-length']).toBe(String(content.length));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="_______1__.jpg"; filename*=UTF-8''${encodeURIComponent('身份证 正面')}%281%29%27.jpg`,
    );
  });

  it('answers 404 to another user, to an unknown id, and 401 without a token', async () => {
    const u = await upload(alice);
    expect((await get(bob, u.id)).statusCode).toBe(404);
    expect((await get(bob, new Types.ObjectId().toHexString())).json().error.code).toBe('NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${u.id}` })).statusCode).toBe(401);
  });

  it('lets a registered access check open others’ uploads (here: of a case)', async () => {
    const u = await upload(alice);
    expect((await get(carol, u.id)).statusCode).toBe(404);
    await markUploadsUsed(t.app.db, [u.id], new Types.ObjectId());
    expect((await get(carol, u.id)).statusCode).toBe(200);
    expect((await get(bob, u.id)).statusCode).toBe(404);
  });

  it('treats a stored file that no longer matches its SHA-256 as missing: 404, and an error is logged', async () => {
    const u = await upload(alice);
    unlinkSync(fileOf(u));
    writeFileSync(fileOf(u), Buffer.concat([SAMPLES.pdf, Buffer.from('tampered')]));
    const logged = jest.spyOn(t.app.log, 'error');
    const res = await get(alice, u.id);
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(res.body).not.toContain('tampered');
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'upload-integrity', uploadId: u.id }),
      expect.any(String),
    );
    unlinkSync(fileOf(u));
    expect((await get(alice, u.id)).statusCode).toBe(404);
    logged.mockRestore();
  });
});

describe('DELETE /uploads/:id', () => {
  it('deletes an unused upload and its file (204)', async () => {
    const u = await upload(alice);
    expect(existsSync(fileOf(u))).toBe(true);
    const res = await del(alice, u.id);
    expect(res.statusCode).toBe(204);
    expect(await docExists(u.id)).toBe(false);
    expect(existsSync(fileOf(u))).toBe(false);
  });

  it('refuses with 409 while a case uses the upload, keeping record and file', async () => {
    const u = await upload(alice);
    await markUploadsUsed(t.app.db, [u.id], new Types.ObjectId().toHexString());
    const res = await del(alice, u.id);
    expect([res.statusCode, res.json().error]).toEqual([
      409,
      { code: 'INVALID_STATE', message: '材料已被办件使用，不能删除' },
    ]);
    expect(await docExists(u.id)).toBe(true);
    expect(existsSync(fileOf(u))).toBe(true);
  });

  it('answers 404 for another user’s upload and leaves it alone', async () => {
    const u = await upload(alice);
    expect((await del(bob, u.id)).statusCode).toBe(404);
    expect(await docExists(u.id)).toBe(true);
  });

  it('stores identical content once; the file stays until the last upload of it is deleted', async () => {
    const content = Buffer.concat([SAMPLES.png, Buffer.from('same for both')]);
    const [a, b] = [await upload(alice, 'a.png', content), await upload(bob, 'b.png', content)];
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
    expect(filesUnder(store.dir).filter((f) => f.endsWith(a.sha256))).toHaveLength(1);
    expect(await t.app.db.collection('uploads').countDocuments({ sha256: a.sha256 })).toBe(2);

    expect((await del(alice, a.id)).statusCode).toBe(204);
    expect(existsSync(fileOf(b))).toBe(true);
    expect((await get(bob, b.id)).rawPayload.equals(content)).toBe(true);
    expect((await del(bob, b.id)).statusCode).toBe(204);
    expect(existsSync(fileOf(b))).toBe(false);
  });
});
