import { Schema } from 'mongoose';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { insertUnique, leaseModel, LeaseBusyError, TIMING, updateUnversioned, updateVersioned, withLease } from '..';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const docSchema = new Schema(
  { _id: String, version: { type: Number, required: true }, n: { type: Number, required: true }, writers: [String] },
  { collection: 'guarded_docs' },
);
const Docs = () => t.app.db.model('GuardedDoc', docSchema);

describe('updateVersioned', () => {
  it('lets exactly one of ten concurrent writers of the same version win', async () => {
    await Docs().create({ _id: 'race', version: 1, n: 0, writers: [] });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        updateVersioned(Docs(), 'race', 1, { $inc: { n: 1 }, $push: { writers: `w${i}` } }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const doc = await Docs().findById('race').lean();
    expect(doc).toMatchObject({ version: 2, n: 1 });
    expect(doc?.writers).toHaveLength(1);
  });

  it('refuses a stale version and changes nothing', async () => {
    await Docs().create({ _id: 'stale', version: 3, n: 0, writers: [] });
    await expect(updateVersioned(Docs(), 'stale', 2, { $set: { n: 99 } })).resolves.toBeNull();
    await expect(Docs().findById('stale').lean()).resolves.toMatchObject({ version: 3, n: 0 });
  });

  it('applies successive writes that each name the current version', async () => {
    await Docs().create({ _id: 'seq', version: 1, n: 0, writers: [] });
    for (let v = 1; v <= 3; v += 1)
      await expect(updateVersioned(Docs(), 'seq', v, { $inc: { n: 1 } })).resolves.toMatchObject({ version: v + 1 });
    await expect(Docs().findById('seq').lean()).resolves.toMatchObject({ version: 4, n: 3 });
  });

  it('waits for a held lease when asked to, then sees the winner’s version', async () => {
    await Docs().create({ _id: 'wait', version: 1, n: 0, writers: [] });
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        updateVersioned(Docs(), 'wait', 1, { $inc: { n: 1 } }, { waitMs: 3_000, ttlMs: 15_000 }),
      ),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    await expect(leaseModel(t.app.db).countDocuments({ _id: 'guarded_docs:wait' })).resolves.toBe(0);
  });

  it('by default waits out a background job holding the lease briefly, instead of reporting a conflict', async () => {
    await Docs().create({ _id: 'job', version: 1, n: 0, writers: [] });
    // A job's bookkeeping (like the notification worker's) holds the lease without changing the version.
    const job = withLease(
      t.app.db,
      'guarded_docs:job',
      () => new Promise((r) => setTimeout(r, 300)),
      TIMING.exclusiveStep,
    );
    await new Promise((r) => setTimeout(r, 50));
    await expect(updateVersioned(Docs(), 'job', 1, { $inc: { n: 1 } })).resolves.toMatchObject({ version: 2, n: 1 });
    await job;
  });

  it('reports a conflict at once when told not to wait', async () => {
    await Docs().create({ _id: 'nowait', version: 1, n: 0, writers: [] });
    const job = withLease(
      t.app.db,
      'guarded_docs:nowait',
      () => new Promise((r) => setTimeout(r, 300)),
      TIMING.exclusiveStep,
    );
    await new Promise((r) => setTimeout(r, 50));
    await expect(
      updateVersioned(Docs(), 'nowait', 1, { $inc: { n: 1 } }, { waitMs: 0, ttlMs: 15_000 }),
    ).resolves.toBeNull();
    await job;
    await expect(Docs().findById('nowait').lean()).resolves.toMatchObject({ version: 1, n: 0 });
  });
});

describe('withLease', () => {
  it('is busy while another writer holds the key, and free afterwards', async () => {
    let release!: () => void;
    const held = withLease(t.app.db, 'k1', () => new Promise<void>((r) => (release = r)), TIMING.exclusiveStep);
    await new Promise((r) => setTimeout(r, 50));
    await expect(withLease(t.app.db, 'k1', async () => 'second', TIMING.exclusiveStep)).rejects.toBeInstanceOf(
      LeaseBusyError,
    );
    release();
    await held;
    await expect(withLease(t.app.db, 'k1', async () => 'third', TIMING.exclusiveStep)).resolves.toBe('third');
  });

  it('takes over a lease left by a crashed writer once it has expired', async () => {
    await leaseModel(t.app.db).create({ _id: 'k2', owner: 'crashed', expiresAt: new Date(Date.now() - 1_000) });
    await expect(withLease(t.app.db, 'k2', async () => 'ok', { waitMs: 1_000, ttlMs: 15_000 })).resolves.toBe('ok');
  });

  it('releases the lease when the work throws', async () => {
    await expect(
      withLease(t.app.db, 'k3', async () => Promise.reject(new Error('boom')), TIMING.exclusiveStep),
    ).rejects.toThrow('boom');
    await expect(leaseModel(t.app.db).countDocuments({ _id: 'k3' })).resolves.toBe(0);
  });
});

describe('insertUnique', () => {
  it('lets exactly one of ten concurrent inserts of the same key win, and keeps the winner', async () => {
    const Once = t.app.db.model('OnceDoc', new Schema({ _id: String, by: Number }, { collection: 'once_docs' }));
    const wins = await Promise.all(Array.from({ length: 10 }, (_, i) => insertUnique(Once, { _id: 'k', by: i })));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const stored = await Once.findById('k').lean<{ by: number }>();
    expect(wins[stored?.by ?? -1]).toBe(true);
  });

  it('passes on errors other than a duplicate key', async () => {
    const Strict = t.app.db.model(
      'StrictDoc',
      new Schema({ _id: String, n: { type: Number, required: true } }, { collection: 'strict_docs' }),
    );
    await expect(insertUnique(Strict, { _id: 'x' })).rejects.toThrow(/required/);
  });
});

describe('updateUnversioned', () => {
  it('writes bookkeeping under the lease without a new version, and nothing when the plan declines', async () => {
    await Docs().create({ _id: 'book', version: 4, n: 0, writers: [] });
    await expect(
      updateUnversioned(Docs(), 'book', async () => ({ update: { $set: { n: 7 } }, result: 'written' })),
    ).resolves.toBe('written');
    await expect(updateUnversioned(Docs(), 'book', async () => null)).resolves.toBeNull();
    await expect(Docs().findById('book').lean()).resolves.toMatchObject({ version: 4, n: 7 });
  });

  it('does not come between a versioned writer holding the document and its write', async () => {
    await Docs().create({ _id: 'between', version: 1, n: 0, writers: [] });
    const held = withLease(
      t.app.db,
      'guarded_docs:between',
      () => new Promise((r) => setTimeout(r, 300)),
      TIMING.exclusiveStep,
    );
    await new Promise((r) => setTimeout(r, 50));
    await expect(
      updateUnversioned(Docs(), 'between', async () => ({ update: { $set: { n: 1 } }, result: true }), {
        waitMs: 0,
        ttlMs: 15_000,
      }),
    ).rejects.toBeInstanceOf(LeaseBusyError);
    await held;
  });
});
