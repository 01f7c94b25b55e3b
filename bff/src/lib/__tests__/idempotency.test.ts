import { buildTestApp, type TestApp } from '../../../test/helpers/build-app';
import { AppError } from '../app-error';
import { idempotent } from '../idempotency';

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
        idempotent(t.app.db, req('same-key-1'), async () => {
          runs += 1;
          await new Promise((r) => setTimeout(r, 100));
          return { status: 201, body: { n: runs } };
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body)))).toEqual(new Set(['{"n":1}']));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('refuses the same key with another request (422 IDEMPOTENCY_KEY_REUSED)', async () => {
    await idempotent(t.app.db, req('key-two', { a: 1 }), async () => ({ status: 200, body: {} }));
    await expect(
      idempotent(t.app.db, req('key-two', { a: 2 }), async () => ({ status: 200, body: {} })),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      statusCode: 422,
    });
  });

  it('releases the key after an expected failure so the client can retry with it', async () => {
    await expect(
      idempotent(t.app.db, req('key-three'), async () => Promise.reject(new AppError('INCOMPLETE'))),
    ).rejects.toMatchObject({ code: 'INCOMPLETE' });
    await expect(
      idempotent(t.app.db, req('key-three'), async () => ({ status: 200, body: { ok: true } })),
    ).resolves.toMatchObject({
      body: { ok: true },
      replayed: false,
    });
  });

  it('keeps keys of different users apart', async () => {
    await idempotent(t.app.db, req('shared-key'), async () => ({ status: 200, body: { who: 'u1' } }));
    const other = await idempotent(t.app.db, { ...req('shared-key'), userId: 'u2' }, async () => ({
      status: 200,
      body: { who: 'u2' },
    }));
    expect(other).toMatchObject({ body: { who: 'u2' }, replayed: false });
  });
});
