import { buildTestApp, type TestApp } from '../../../test/helpers/build-app';
import { AppError } from '../app-error';
import { idempotent, keyModel } from '../idempotency';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const req = (key: string, request: unknown = { a: 1 }) => ({ scope: 'test', userId: 'u1', key, request });

describe('idempotent', () => {
  it('runs once for ten concurrent requests with the same key and gives all of them the same answer', async () => {
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        idempotent(t.app.db, req('same-key-1'), {
          run: async () => {
            runs += 1;
            await new Promise((r) => setTimeout(r, 100));
            return { status: 201, body: { n: runs } };
          },
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body)))).toEqual(new Set(['{"n":1}']));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('refuses the same key with another request (422 IDEMPOTENCY_KEY_REUSED)', async () => {
    await idempotent(t.app.db, req('key-two', { a: 1 }), { run: async () => ({ status: 200, body: {} }) });
    await expect(
      idempotent(t.app.db, req('key-two', { a: 2 }), { run: async () => ({ status: 200, body: {} }) }),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      statusCode: 422,
    });
  });

  it('releases the key after an expected failure so the client can retry with it', async () => {
    await expect(
      idempotent(t.app.db, req('key-three'), { run: async () => Promise.reject(new AppError('INCOMPLETE')) }),
    ).rejects.toMatchObject({ code: 'INCOMPLETE' });
    await expect(
      idempotent(t.app.db, req('key-three'), { run: async () => ({ status: 200, body: { ok: true } }) }),
    ).resolves.toMatchObject({
      body: { ok: true },
      replayed: false,
    });
  });

  it('keeps keys of different users apart', async () => {
    await idempotent(t.app.db, req('shared-key'), { run: async () => ({ status: 200, body: { who: 'u1' } }) });
    const other = await idempotent(
      t.app.db,
      { ...req('shared-key'), userId: 'u2' },
      {
        run: async () => ({
          status: 200,
          body: { who: 'u2' },
        }),
      },
    );
    expect(other).toMatchObject({ body: { who: 'u2' }, replayed: false });
  });

  it('answers a crashed request’s key from the effect it stored, instead of running again', async () => {
    // The first request wrote its effect with the key's id and died before marking the key done.
    const effects = new Map<string, { n: number }>([['test:u1:crashed-key', { n: 7 }]]);
    const createdAt = new Date(Date.now() - 120_000);
    const { createHash } = await import('node:crypto');
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ a: 1 }))
      .digest('hex');
    await keyModel(t.app.db).create({ _id: 'test:u1:crashed-key', requestHash, state: 'running', createdAt });
    let runs = 0;
    const work = {
      run: async () => {
        runs += 1;
        return { status: 200, body: { n: 0 } };
      },
      recover: async (keyId: string) => {
        const effect = effects.get(keyId);
        return effect ? { status: 200, body: effect } : null;
      },
    };
    await expect(idempotent(t.app.db, req('crashed-key'), work)).resolves.toMatchObject({
      body: { n: 7 },
      replayed: true,
    });
    expect(runs).toBe(0);
    // and the key is now done: the next duplicate is a plain replay
    await expect(keyModel(t.app.db).findById('test:u1:crashed-key').lean()).resolves.toMatchObject({ state: 'done' });
  });

  it('runs again when a crashed request left no effect', async () => {
    const { createHash } = await import('node:crypto');
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ a: 1 }))
      .digest('hex');
    const createdAt = new Date(Date.now() - 120_000);
    await keyModel(t.app.db).create({ _id: 'test:u1:no-effect', requestHash, state: 'running', createdAt });
    const work = { run: async () => ({ status: 200, body: { n: 1 } }), recover: async () => null };
    await expect(idempotent(t.app.db, req('no-effect'), work)).resolves.toMatchObject({
      body: { n: 1 },
      replayed: false,
    });
  });
});
