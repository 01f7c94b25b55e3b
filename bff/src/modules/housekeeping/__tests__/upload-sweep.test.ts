import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Types } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { AppError } from '../../../lib/app-error';
import { SEALED_MAGIC } from '../../../lib/storage/file-cipher';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SAMPLES, fileBody, tempUploadRoot } from '../../uploads/testing/multipart';
import { markUploadsUsed, uploadModel } from '../../uploads';
import { sweepOnce } from '../sweep';

const HOUR = 3_600_000;
const store = tempUploadRoot();
let t: TestApp;
let alice: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(store.env);
  alice = await loginAs(t.app, 'sweep_alice');
});
afterAll(async () => {
  await t.close();
  store.remove();
});

const uniquePdf = () => Buffer.concat([SAMPLES.pdf, randomBytes(24)]);
async function upload(content = uniquePdf()): Promise<UploadView> {
  const { payload, headers } = fileBody('scan.pdf', content);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...headers, ...alice.headers },
    payload,
  });
  expect(res.statusCode).toBe(201);
  return res.json<UploadView>();
}
/** Makes an upload look `hours` old. */
const age = (u: UploadView, hours: number) =>
  t.app.db
    .collection('uploads')
    .updateOne({ _id: new Types.ObjectId(u.id) }, { $set: { createdAt: new Date(Date.now() - hours * HOUR) } });
const recordExists = async (u: UploadView) => (await uploadModel(t.app.db).findById(u.id).lean()) !== null;
const fileExists = (u: UploadView) => existsSync(path.join(store.dir, u.sha256.slice(0, 2), u.sha256));

describe('housekeeping removes uploads no case uses', () => {
  it('removes unattached uploads older than a day (record and file) and keeps attached and recent ones', async () => {
    const [oldLoose, oldUsed, recent] = [await upload(), await upload(), await upload()];
    const shared = uniquePdf();
    const [oldTwin, keptTwin] = [await upload(shared), await upload(shared)];
    for (const u of [oldLoose, oldUsed, oldTwin]) await age(u, 25);
    await age(recent, 23);
    await markUploadsUsed(t.app.db, [oldUsed.id], new Types.ObjectId());

    const result = await sweepOnce(t.app);

    expect(result.uploads).toBe(2);
    expect(await recordExists(oldLoose)).toBe(false);
    expect(fileExists(oldLoose)).toBe(false);
    expect(await recordExists(oldTwin)).toBe(false);
    // The twin's file stays: another upload has the same content.
    expect(fileExists(oldTwin)).toBe(true);
    for (const kept of [oldUsed, recent, keptTwin]) {
      expect(await recordExists(kept)).toBe(true);
      expect(fileExists(kept)).toBe(true);
    }
    expect((await sweepOnce(t.app)).uploads).toBe(0);
  });

  it('never removes an upload a case attaches while the sweep runs', async () => {
    const uploads: UploadView[] = [];
    for (let i = 0; i < 12; i += 1) uploads.push(await upload());
    for (const u of uploads) await age(u, 30);
    const caseId = new Types.ObjectId();

    // Each attach either succeeds (the upload must then survive) or is refused because it was swept.
    const attaches = uploads.map((u) =>
      markUploadsUsed(t.app.db, [u.id], caseId).then(
        () => true,
        (err: unknown) => {
          expect(err).toBeInstanceOf(AppError);
          return false;
        },
      ),
    );
    const [swept, ...attached] = await Promise.all([sweepOnce(t.app), ...attaches]);

    for (const [i, u] of uploads.entries()) {
      const exists = await recordExists(u);
      if (attached[i]) {
        expect(exists).toBe(true);
        expect(fileExists(u)).toBe(true);
        const record = await uploadModel(t.app.db).findById(u.id).lean();
        expect(record?.usedBy.map(String)).toEqual([caseId.toHexString()]);
      } else {
        expect(exists).toBe(false);
      }
    }
    expect(swept.uploads).toBe(attached.filter((a) => !a).length);
  });

  it('encrypts files stored before encryption at rest and keeps serving them', async () => {
    const marker = Buffer.from('PLAIN-ID-CARD-SCAN-FROM-BEFORE');
    const content = Buffer.concat([SAMPLES.png, randomBytes(200 * 1024), marker]);
    const sha = createHash('sha256').update(content).digest('hex');
    const file = path.join(store.dir, sha.slice(0, 2), sha);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    const { insertedId } = await t.app.db.collection('uploads').insertOne({
      ownerId: new Types.ObjectId(alice.userId),
      name: 'old.png',
      mime: 'image/png',
      size: content.length,
      sha256: sha,
      storageKey: `${sha.slice(0, 2)}/${sha}`,
      usedBy: [new Types.ObjectId()],
      createdAt: new Date(Date.now() - 400 * 24 * HOUR),
    });

    const result = await sweepOnce(t.app);

    expect(result.sealedFiles).toBe(1);
    const onDisk = readFileSync(file);
    expect(onDisk.subarray(0, 4)).toEqual(SEALED_MAGIC);
    expect(onDisk.includes(marker)).toBe(false);
    const served = await t.app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${insertedId.toHexString()}`,
      headers: alice.headers,
    });
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(content)).toBe(true);
    expect((await sweepOnce(t.app)).sealedFiles).toBe(0);
  });

  it('removes temp files of uploads that never finished (a copy that died) once a day old', async () => {
    const tmp = path.join(store.dir, '.tmp');
    mkdirSync(tmp, { recursive: true });
    const [stale, fresh] = [path.join(tmp, 'stale.part'), path.join(tmp, 'fresh.part')];
    writeFileSync(stale, 'half an upload');
    writeFileSync(fresh, 'an upload in progress');
    const old = new Date(Date.now() - 25 * HOUR);
    utimesSync(stale, old, old);

    const result = await sweepOnce(t.app);

    expect(result.tempFiles).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
