import { Types } from 'mongoose';
import { type ApplicationView } from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { caseUploadAccess } from '../upload-access';
import { caseWorld, ifMatch, resident, SIMPLE, storedCase, uploadOf, type CaseWorld } from '../testing/cases';

let w: CaseWorld;
let alice: LoggedIn;
let bob: LoggedIn;
beforeAll(async () => {
  w = await caseWorld();
  [alice, bob] = await Promise.all([resident(w.app, 'm_alice', '赵敏'), resident(w.app, 'm_bob', '钱进')]);
});
afterAll(async () => {
  await w.t.close();
});

const draft = async () =>
  (await w.call(alice, 'POST', '/applications', { payload: { items: [SIMPLE] } })).json<ApplicationView>();
const put = (who: LoggedIn, id: string, code: string, uploadIds: string[], headers: Record<string, string>) =>
  w.call(who, 'PUT', `/applications/${id}/materials/${code}`, { payload: { uploadIds }, headers });
const usedBy = async (uploadId: string) =>
  ((await w.app.db.collection('uploads').findOne({ _id: new Types.ObjectId(uploadId) }))?.usedBy ?? []).map(String);

describe('PUT /applications/:id/materials/:materialCode', () => {
  it('attaches the caller’s own uploads, marks them used by the case and bumps the version', async () => {
    const view = await draft();
    const [a, b] = [await uploadOf(w.app, alice), await uploadOf(w.app, alice)];
    const res = await put(alice, view.id, 'id_card', [a, b, a], ifMatch(1));
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json<ApplicationView>().materials.find((m) => m.code === 'id_card')?.uploadIds).toEqual([a, b]);
    expect((await storedCase(w.app, view.id))?.materials[0].uploadIds).toEqual([a, b]);
    expect(await usedBy(a)).toEqual([view.id]);
  });

  it('replacing the uploads releases those no material uses any more', async () => {
    const view = await draft();
    const [a, b] = [await uploadOf(w.app, alice), await uploadOf(w.app, alice)];
    await put(alice, view.id, 'id_card', [a], ifMatch(1));
    const res = await put(alice, view.id, 'id_card', [b], ifMatch(2));
    expect(res.statusCode).toBe(200);
    expect(await usedBy(a)).toEqual([]);
    expect(await usedBy(b)).toEqual([view.id]);
  });

  it('refuses another user’s upload and an unknown one (400 listing each); nothing changes', async () => {
    const view = await draft();
    const bobs = await uploadOf(w.app, bob);
    const unknown = new Types.ObjectId().toHexString();
    const res = await put(alice, view.id, 'id_card', [bobs, unknown], ifMatch(1));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details).toHaveLength(2);
    expect((await storedCase(w.app, view.id))?.version).toBe(1);
    expect(await usedBy(bobs)).toEqual([]);
  });

  it('answers 404 for a material the case does not have, 400 for a malformed code', async () => {
    const view = await draft();
    const res = await put(alice, view.id, 'no_such_material', [], ifMatch(1));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await put(alice, view.id, 'Bad-Code', [], ifMatch(1))).statusCode).toBe(400);
  });

  it('needs If-Match (400); a stale one is 409 VERSION_CONFLICT', async () => {
    const view = await draft();
    const upload = await uploadOf(w.app, alice);
    expect((await put(alice, view.id, 'id_card', [upload], {})).statusCode).toBe(400);
    const stale = await put(alice, view.id, 'id_card', [upload], ifMatch(7));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await storedCase(w.app, view.id))?.materials[0].uploadIds).toEqual([]);
  });

  it('answers 404 to another resident, even with their own upload', async () => {
    const view = await draft();
    const res = await put(bob, view.id, 'id_card', [await uploadOf(w.app, bob)], ifMatch(1));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await storedCase(w.app, view.id))?.version).toBe(1);
  });

  it('lets the applicant read an upload their case uses; others still get 404', async () => {
    const view = await draft();
    const upload = await uploadOf(w.app, alice);
    await put(alice, view.id, 'id_card', [upload], ifMatch(1));
    const record = await w.app.db.collection('uploads').findOne({ _id: new Types.ObjectId(upload) });
    const asUpload = record as unknown as Parameters<typeof caseUploadAccess>[2];
    // The applicant's own data: allowed, and not audited.
    expect(await caseUploadAccess(w.app.db, alice.userId, asUpload)).toMatchObject({ role: 'resident', audit: false });
    expect(await caseUploadAccess(w.app.db, bob.userId, asUpload)).toBeNull();
  });
});
