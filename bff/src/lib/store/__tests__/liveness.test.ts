import { createHash, randomUUID } from 'node:crypto';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { idempotent, keyDay, keyModel } from '../../idempotency';
import { leaseModel, LeaseBusyError, ownerOf, PROCESS_ID, withLease } from '..';

/**
 * A BFF copy killed mid-request leaves a lease and a `running` Idempotency-Key. The copies beat
 * (`bff_processes`), so what a dead copy holds is taken over at once, while a live copy's hold is
 * respected until its time-out.
 */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const processes = () => t.app.db.collection('bff_processes');
const deadOwner = () => `${randomUUID()}:${randomUUID()}`;
const liveOwner = async () => {
  const copy = randomUUID();
  await processes().insertOne({ _id: copy as never, seenAt: new Date() });
  return `${copy}:${randomUUID()}`;
};
const noWait = { waitMs: 300, ttlMs: 15_000 };
const hold = (key: string, owner: string) =>
  leaseModel(t.app.db).create({ _id: key, owner, expiresAt: new Date(Date.now() + 15_000) });

describe('leases held by a BFF copy', () => {
  it('this copy beats: its record is fresh', async () => {
    const mine = await processes().findOne({ _id: PROCESS_ID as never });
    expect(Date.now() - (mine?.seenAt as Date).getTime()).toBeLessThan(3_000);
    expect(ownerOf().startsWith(`${PROCESS_ID}:`)).toBe(true);
  });

  it('is taken over at once from a copy that is gone, long before its time-out', async () => {
    await hold('liveness:dead', deadOwner());
    const started = Date.now();
    await expect(withLease(t.app.db, 'liveness:dead', async () => 'ran', noWait)).resolves.toBe('ran');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('is respected while the holding copy beats, and while this copy holds it', async () => {
    await hold('liveness:live', await liveOwner());
    await expect(withLease(t.app.db, 'liveness:live', async () => 'ran', noWait)).rejects.toBeInstanceOf(
      LeaseBusyError,
    );
    await hold('liveness:mine', ownerOf());
    await expect(withLease(t.app.db, 'liveness:mine', async () => 'ran', noWait)).rejects.toBeInstanceOf(
      LeaseBusyError,
    );
  });

  it('of a copy from before the heartbeat (no copy id) ends only with its time-out', async () => {
    await hold('liveness:legacy', randomUUID());
    await expect(withLease(t.app.db, 'liveness:legacy', async () => 'ran', noWait)).rejects.toBeInstanceOf(
      LeaseBusyError,
    );
  });
});

describe('an Idempotency-Key left running by a copy that died', () => {
  const claim = async (key: string, owner: string) => {
    const createdAt = new Date();
    await keyModel(t.app.db).create({
      _id: `test:u1:${key}`,
      requestHash: createHash('sha256')
        .update(JSON.stringify({ a: 1 }))
        .digest('hex'),
      state: 'running',
      owner,
      createdAt,
      day: keyDay(createdAt),
    });
  };
  const req = (key: string) => ({ scope: 'test', userId: 'u1', key, request: { a: 1 } });

  it('runs again at once when the first request wrote nothing', async () => {
    await claim('crashed-before', deadOwner());
    const started = Date.now();
    const result = await idempotent(t.app.db, req('crashed-before'), {
      run: async () => ({ status: 201, body: { ran: true } }),
      recover: async () => null,
    });
    expect(result).toEqual({ status: 201, body: { ran: true }, replayed: false });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('answers the first outcome at once when the first request’s effect is stored', async () => {
    await claim('crashed-after', deadOwner());
    let runs = 0;
    const result = await idempotent<{ number: string }>(t.app.db, req('crashed-after'), {
      run: async () => {
        runs += 1;
        return { status: 201, body: { number: 'ZW20261203999999' } };
      },
      recover: async () => ({ status: 200, body: { number: 'ZW20261203000001' } }),
    });
    expect(result).toEqual({ status: 200, body: { number: 'ZW20261203000001' }, replayed: true });
    expect(runs).toBe(0);
  });

  it('still waits for a first request whose copy is alive (and beating)', async () => {
    const owner = await liveOwner();
    const copy = owner.split(':')[0];
    const beating = setInterval(
      () => void processes().updateOne({ _id: copy as never }, { $set: { seenAt: new Date() } }),
      500,
    );
    try {
      await claim('still-running', owner);
      await expect(
        idempotent(t.app.db, req('still-running'), { run: async () => ({ status: 201, body: {} }) }),
      ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    } finally {
      clearInterval(beating);
    }
  }, 20_000);
});
