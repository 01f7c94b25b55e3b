import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { getItemGuide } from '../item.service';
import { loginAdmins, sampleItem, type Admins } from '../testing/fixtures';

let t: TestApp;
let who: Admins;
beforeAll(async () => {
  t = await buildTestApp();
  who = await loginAdmins(t.app);
});
afterAll(async () => {
  await t.close();
});

const put = (code: string, promisedDays: number) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/items/${code}`,
    payload: sampleItem({ promisedDays }),
    headers: who.admin.headers,
  });

describe('catalog cache', () => {
  it('serves the new guide at once on the copy that wrote it', async () => {
    await put('CACHE-A', 3);
    expect((await getItemGuide(t.app.db, 'CACHE-A')).promisedDays).toBe(3);
    await put('CACHE-A', 4);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/items/CACHE-A' });
    expect(res.json()).toMatchObject({ version: 2, promisedDays: 4 });
  });

  it('serves the new guide on another BFF copy within about a second', async () => {
    // Another copy: its own connection object (and so its own cache) on the same database.
    const otherCopy = t.app.db.useDb(t.app.db.name, { useCache: false });
    await put('CACHE-B', 3);
    expect((await getItemGuide(otherCopy, 'CACHE-B')).promisedDays).toBe(3);
    await put('CACHE-B', 5);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await getItemGuide(otherCopy, 'CACHE-B')).toMatchObject({ version: 2, promisedDays: 5 });
  });

  it('gives callers copies, so changing an answer does not change the cache', async () => {
    await put('CACHE-C', 3);
    const first = await getItemGuide(t.app.db, 'CACHE-C');
    first.materials.length = 0;
    expect((await getItemGuide(t.app.db, 'CACHE-C')).materials.length).toBeGreaterThan(0);
  });
});
