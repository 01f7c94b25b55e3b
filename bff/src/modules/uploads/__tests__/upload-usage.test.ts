import { inspect } from 'node:util';
import { Types } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { AppError } from '../../../lib/app-error';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SAMPLES, fileBody, tempUploadRoot } from '../testing/multipart';
import { assertUsableUploads, markUploadsUsed, unmarkUploadsUsed, uploadModel } from '..';
import { UPLOAD_RATE_LIMIT } from '../uploads.routes';

const store = tempUploadRoot();
let t: TestApp;
let alice: LoggedIn;
let bob: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(store.env);
  [alice, bob] = await Promise.all([loginAs(t.app, 'use_alice'), loginAs(t.app, 'use_bob')]);
});
afterAll(async () => {
  await t.close();
  store.remove();
});

let n = 0;
const post = (who: LoggedIn, content: Buffer) => {
  const { payload, headers } = fileBody('doc.pdf', content);
  return t.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...headers, ...who.headers }, payload });
};
async function upload(who: LoggedIn): Promise<UploadView> {
  const res = await post(who, Buffer.concat([SAMPLES.pdf, Buffer.from(`%${(n += 1)}`)]));
  expect(res.statusCode).toBe(201);
  return res.json<UploadView>();
}
const usedBy = async (id: string) =>
  ((await uploadModel(t.app.db).findById(id).lean())?.usedBy ?? []).map((c) => c.toHexString());

describe('assertUsableUploads (for the cases module)', () => {
  it('passes when every id is the user’s upload', async () => {
    const [a, b] = [await upload(alice), await upload(alice)];
    await expect(assertUsableUploads(t.app.db, alice.userId, [a.id, b.id, a.id])).resolves.toBeUndefined();
    await expect(assertUsableUploads(t.app.db, alice.userId, [])).resolves.toBeUndefined();
  });

  it('throws VALIDATION_FAILED listing every unknown, malformed or other user’s id', async () => {
    const [mine, bobs] = [await upload(alice), await upload(bob)];
    const unknown = new Types.ObjectId().toHexString();
    const err = await assertUsableUploads(t.app.db, alice.userId, [mine.id, bobs.id, unknown, 'nope']).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details.map((d: { id: string }) => d.id)).toEqual([bobs.id, unknown, 'nope']);
  });
});

describe('markUploadsUsed / unmarkUploadsUsed (for the cases module)', () => {
  it('adds the case once however often it is marked, and removes it again', async () => {
    const u = await upload(alice);
    const caseId = new Types.ObjectId();
    await markUploadsUsed(t.app.db, [u.id], caseId);
    await markUploadsUsed(t.app.db, [u.id, u.id], caseId.toHexString());
    expect(await usedBy(u.id)).toEqual([caseId.toHexString()]);
    await unmarkUploadsUsed(t.app.db, [u.id], caseId);
    expect(await usedBy(u.id)).toEqual([]);
  });

  it('throws for an upload deleted before it could be marked, marking the others', async () => {
    const [kept, gone] = [await upload(alice), await upload(alice)];
    await t.app.inject({ method: 'DELETE', url: `/api/v1/uploads/${gone.id}`, headers: alice.headers });
    const caseId = new Types.ObjectId();
    const err = await markUploadsUsed(t.app.db, [kept.id, gone.id], caseId).catch((e) => e);
    expect(err.details.map((d: { id: string }) => d.id)).toEqual([gone.id]);
    expect(await usedBy(kept.id)).toEqual([caseId.toHexString()]);
  });
});

describe('POST /uploads — limits and logs', () => {
  it('logs the upload with its size and type only, never the file name or contents', async () => {
    const logged = jest.spyOn(t.app.log, 'info');
    const res = await post(bob, Buffer.concat([SAMPLES.pdf, Buffer.from('SECRET-CONTENT')]));
    expect(res.statusCode).toBe(201);
    const entry = logged.mock.calls.find(([obj]) => (obj as { action?: string }).action === 'upload');
    expect(entry?.[0]).toEqual({ action: 'upload', size: res.json().size, mime: 'application/pdf' });
    expect(inspect(logged.mock.calls, { depth: 6 })).not.toContain('SECRET-CONTENT');
    logged.mockRestore();
  });

  it(`limits each user to ${UPLOAD_RATE_LIMIT} uploads a minute (429), without affecting others`, async () => {
    const carol = await loginAs(t.app, 'use_carol');
    const notPdf = Buffer.from('not a pdf');
    for (let i = 0; i < UPLOAD_RATE_LIMIT; i += 1) expect((await post(carol, notPdf)).statusCode).toBe(415);
    const limited = await post(carol, notPdf);
    expect([limited.statusCode, limited.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await post(alice, notPdf)).statusCode).toBe(415);
  });
});
