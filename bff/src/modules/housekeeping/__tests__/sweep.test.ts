import { randomBytes } from 'node:crypto';
import { keyDay, keyModel } from '../../../lib/idempotency';
import { leaseModel } from '../../../lib/store';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { caseWorld, newKey, readyCase, resident, type CaseWorld } from '../../applications/testing/cases';
import { sweepOnce } from '../sweep';

const DAY = 86_400_000;
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const key = (ageDays: number, now: Date) => {
  const createdAt = new Date(now.getTime() - ageDays * DAY);
  return {
    _id: `submit:u:${randomBytes(6).toString('hex')}`,
    requestHash: 'h',
    state: 'done',
    status: 200,
    createdAt,
    day: keyDay(createdAt),
  };
};

describe('housekeeping', () => {
  it('removes Idempotency-Keys older than two days and leases left by crashed writers, and keeps the rest', async () => {
    const now = new Date('2026-12-02T08:00:00Z');
    const Keys = keyModel(t.app.db);
    const old = [key(3, now), key(9, now), key(40, now)];
    const kept = [key(0, now), key(1, now), key(2, now)];
    await Keys.insertMany([...old, ...kept]);
    const Leases = leaseModel(t.app.db);
    await Leases.insertMany([
      { _id: 'applications:crashed', owner: 'a', expiresAt: new Date(now.getTime() - 10 * 60_000) },
      { _id: 'applications:held', owner: 'b', expiresAt: new Date(now.getTime() + 10_000) },
    ]);

    const result = await sweepOnce(t.app, now);

    expect(result).toEqual({ idempotencyKeys: 3, leases: 1, uploads: 0, sealedFiles: 0, tempFiles: 0 });
    const left = (await Keys.find().lean()).map((k) => k._id).sort();
    expect(left).toEqual(kept.map((k) => k._id).sort());
    expect((await Leases.find().lean()).map((l) => l._id)).toEqual(['applications:held']);
    expect(await sweepOnce(t.app, now)).toEqual({
      idempotencyKeys: 0,
      leases: 0,
      uploads: 0,
      sealedFiles: 0,
      tempFiles: 0,
    });
  });

  it('a key that a submit stored is found by its day and still answers a retry until it is swept', async () => {
    const w: CaseWorld = await caseWorld();
    try {
      const who = await resident(w.app, 'sweep_submitter');
      const ready = await readyCase(w, who);
      const idem = newKey();
      const submit = () =>
        w.call(who, 'POST', `/applications/${ready.id}/submit`, {
          headers: { 'if-match': `"${ready.version}"`, 'idempotency-key': idem },
        });
      const first = await submit();
      expect(first.statusCode).toBe(200);
      const stored = await keyModel(w.app.db).find().lean();
      expect(stored.map((k) => k.day)).toEqual([keyDay(new Date())]);
      await sweepOnce(w.app);
      expect((await submit()).json()).toEqual(first.json());
      await sweepOnce(w.app, new Date(Date.now() + 3 * DAY));
      expect(await keyModel(w.app.db).countDocuments()).toBe(0);
    } finally {
      await w.t.close();
    }
  });
});
