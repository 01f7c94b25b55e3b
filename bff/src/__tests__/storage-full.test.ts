import fs from 'node:fs';
import { Writable } from 'node:stream';
import { buildTestApp, type TestApp } from '../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../test/helpers/login-as';
import { SAMPLES, fileBody, filesUnder, tempUploadRoot } from '../modules/uploads/testing/multipart';

/** A write stream on a full disk: every write fails as the kernel says so. */
const fullDisk = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
    },
  });

const store = tempUploadRoot();
const logLines: { level: number; msg: string }[] = [];
let t: TestApp;
let alice: LoggedIn;
beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      logLines.push(JSON.parse(chunk.toString('utf8')) as { level: number; msg: string });
      done();
    },
  });
  t = await buildTestApp(store.env, { logger: { level: 'info', stream } });
  alice = await loginAs(t.app, 'disk_alice');
});
afterAll(async () => {
  jest.restoreAllMocks();
  await t.close();
  store.remove();
});

describe('an upload on a full disk', () => {
  it('answers 507 STORAGE_FULL, logs an error, and keeps nothing', async () => {
    const realCreate = fs.createWriteStream;
    jest
      .spyOn(fs, 'createWriteStream')
      .mockImplementation(((p: fs.PathLike, o?: unknown) =>
        String(p).endsWith('.part') ? fullDisk() : realCreate(p, o as never)) as typeof fs.createWriteStream);
    const body = fileBody('scan.png', SAMPLES.png, 'image/png');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...body.headers, ...alice.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(507);
    expect(res.json()).toEqual({ error: { code: 'STORAGE_FULL', message: expect.stringContaining('存储空间不足') } });
    expect(logLines).toContainEqual(
      expect.objectContaining({ level: 50, msg: expect.stringContaining('storage full') }),
    );
    expect(await t.app.db.collection('uploads').countDocuments()).toBe(0);
    expect(filesUnder(store.dir)).toEqual([]);
  });
});
