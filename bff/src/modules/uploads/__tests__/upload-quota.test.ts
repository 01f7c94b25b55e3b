import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { type ErrorBody, type UploadView } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { SAMPLES, fileBody, filesUnder, tempUploadRoot } from '../testing/multipart';

const KB = 1024;
const FILE = 20 * KB;
/** Five files of 20 KiB a day, eight in all (small figures so the test moves little data). */
const DAY_QUOTA = 5 * FILE;
const TOTAL_QUOTA = 8 * FILE;
const store = tempUploadRoot();
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    ...store.env,
    UPLOAD_QUOTA_DAY_BYTES: String(DAY_QUOTA),
    UPLOAD_QUOTA_TOTAL_BYTES: String(TOTAL_QUOTA),
    UPLOAD_QUOTA_WORKER_DAY_BYTES: String(2 * DAY_QUOTA),
  });
});
afterAll(async () => {
  await t.close();
  store.remove();
});

/** A PDF of exactly `size` bytes, different every time (so no two share a stored file). */
const pdfOf = (size = FILE) => {
  const head = Buffer.concat([SAMPLES.pdf, randomBytes(16)]);
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
};
const post = (who: LoggedIn, content = pdfOf()) => {
  const { payload, headers } = fileBody('scan.pdf', content);
  return t.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...headers, ...who.headers }, payload });
};
const bytesOf = async (who: LoggedIn) => {
  const docs = await t.app.db
    .collection('uploads')
    .find({ ownerId: new Types.ObjectId(who.userId) })
    .toArray();
  return { count: docs.length, bytes: docs.reduce((sum, d) => sum + (d.size as number), 0) };
};
const storedFiles = () => filesUnder(store.dir).filter((f) => !f.startsWith('.tmp'));
const tempFiles = () => filesUnder(store.dir).filter((f) => f.startsWith('.tmp'));

describe('upload quota per user', () => {
  it('refuses the 6th upload of a day with 429 QUOTA_EXCEEDED and stores nothing', async () => {
    const who = await loginAs(t.app, 'quota_day');
    for (let i = 0; i < 5; i += 1) expect((await post(who)).statusCode).toBe(201);
    const filesBefore = storedFiles();

    const res = await post(who);

    expect(res.statusCode).toBe(429);
    const body = res.json<ErrorBody>();
    expect(body.error.code).toBe('QUOTA_EXCEEDED');
    expect(body.error.message).toMatch(/今日上传.*已达上限/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(86_400);
    expect(await bytesOf(who)).toEqual({ count: 5, bytes: DAY_QUOTA });
    expect(storedFiles()).toEqual(filesBefore);
    expect(tempFiles()).toEqual([]);
  });

  it('lets parallel uploads near the limit through only up to it', async () => {
    const who = await loginAs(t.app, 'quota_race');
    expect((await post(who, pdfOf(3 * FILE))).statusCode).toBe(201);

    const answers = await Promise.all(Array.from({ length: 6 }, () => post(who)));

    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 201, 429, 429, 429, 429]);
    expect(await bytesOf(who)).toEqual({ count: 3, bytes: DAY_QUOTA });
    expect(tempFiles()).toEqual([]);
  });

  it('counts what the user stored on earlier days against the total quota', async () => {
    const who = await loginAs(t.app, 'quota_total');
    const yesterday = new Date(Date.now() - 86_400_000);
    await t.app.db.collection('uploads').insertOne({
      ownerId: new Types.ObjectId(who.userId),
      name: 'old.pdf',
      mime: 'application/pdf',
      size: TOTAL_QUOTA - FILE / 2,
      sha256: 'a'.repeat(64),
      storageKey: `aa/${'a'.repeat(64)}`,
      usedBy: [new Types.ObjectId()],
      createdAt: yesterday,
    });

    const over = await post(who);
    expect(over.statusCode).toBe(429);
    expect(over.json<ErrorBody>().error).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      message: expect.stringMatching(/总量/),
    });
    expect(over.headers['retry-after']).toBeUndefined();

    const small = await post(who, pdfOf(FILE / 4));
    expect(small.statusCode).toBe(201);
    expect(small.json<UploadView>().size).toBe(FILE / 4);
  });

  it('gives staff and agents, who upload for many people, a larger day quota and no total', async () => {
    const clerk = await loginAs(t.app, 'quota_clerk', { roles: ['staff'], department: '民政局' });
    for (let i = 0; i < 10; i += 1) expect((await post(clerk)).statusCode).toBe(201);
    const res = await post(clerk);
    expect(res.statusCode).toBe(429);
    expect(res.json<ErrorBody>().error.code).toBe('QUOTA_EXCEEDED');
    expect((await bytesOf(clerk)).bytes).toBe(2 * DAY_QUOTA);
  });

  it('refuses before reading the body when the day is already used up', async () => {
    const who = await loginAs(t.app, 'quota_early');
    for (let i = 0; i < 5; i += 1) expect((await post(who)).statusCode).toBe(201);
    const res = await post(who, pdfOf(FILE));
    expect(res.statusCode).toBe(429);
    expect(tempFiles()).toEqual([]);
  });
});
