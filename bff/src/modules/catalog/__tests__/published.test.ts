import { buildTestApp, withDatabase, type TestApp } from '../../../../test/helpers/build-app';
import { catalogChanged } from '../catalog-cache';
import { chainModel } from '../chain.model';
import { itemModel } from '../item.model';
import { putItem } from '../item.service';
import { loginAdmins, sampleItem, type Admins } from '../testing/fixtures';

// Public guides and lists are served as JSON serialised once per catalog
// revision; these tests check what a resident's client receives.

let t: TestApp;
let other: TestApp;
let who: Admins;
beforeAll(async () => {
  t = await buildTestApp();
  // A second BFF copy on the same database: its own connection, so its own cache.
  other = await buildTestApp({ MONGODB_URI: withDatabase(process.env.ONETRIP_TEST_MONGODB_URI!, t.app.db.name) });
  who = await loginAdmins(t.app);
});
afterAll(async () => {
  await other.app.close();
  await t.close();
});

const get = (app: TestApp, url: string, headers: Record<string, string> = {}) =>
  app.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
const putAsAdmin = (kind: 'items' | 'chains', code: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/admin/${kind}/${code}`, payload, headers: who.admin.headers });
const codesOf = (body: { items: { code: string }[] }) => body.items.map((i) => i.code);
const afterRevisionCheck = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('a cached guide', () => {
  it('is the allowlisted guide: a stored field outside the contract never appears', async () => {
    const created = await putAsAdmin('items', 'PUB-EXTRA', sampleItem());
    expect(created.statusCode).toBe(201);
    await itemModel(t.app.db).collection.updateOne(
      { code: 'PUB-EXTRA' },
      { $set: { internalNote: '内部备注 13800000000' } },
    );
    await catalogChanged(t.app.db);

    for (let i = 0; i < 2; i++) {
      // the first answer builds the cache entry, the second is served from it
      const res = await get(t, '/items/PUB-EXTRA');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.body).not.toContain('internalNote');
      expect(res.body).not.toContain('内部备注');
      expect(res.json()).toEqual(created.json());
    }
  });

  it('is not served at all when a stored nested object breaks the contract', async () => {
    await putAsAdmin('items', 'PUB-NESTED', sampleItem());
    await itemModel(t.app.db).collection.updateOne(
      { code: 'PUB-NESTED' },
      { $set: { 'fee.internalNote': '内部备注' } },
    );
    await catalogChanged(t.app.db);
    const res = await get(t, '/items/PUB-NESTED');
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(res.body).not.toContain('内部备注');
  });

  it('moves its ETag with an admin change: the old one gets the new guide, the new one a 304', async () => {
    await putAsAdmin('items', 'PUB-ETAG', sampleItem({ promisedDays: 3 }));
    const first = await get(t, '/items/PUB-ETAG');
    expect(first.headers.etag).toBe('"item-PUB-ETAG-1"');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect((await get(t, '/items/PUB-ETAG', { 'if-none-match': '"item-PUB-ETAG-1"' })).statusCode).toBe(304);

    await putAsAdmin('items', 'PUB-ETAG', sampleItem({ promisedDays: 2 }));
    const changed = await get(t, '/items/PUB-ETAG', { 'if-none-match': first.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"item-PUB-ETAG-2"');
    expect(changed.json()).toMatchObject({ version: 2, promisedDays: 2 });
    const current = await get(t, '/items/PUB-ETAG', { 'if-none-match': `W/"x", ${changed.headers.etag as string}` });
    expect(current.statusCode).toBe(304);
    expect(current.body).toBe('');
  });

  it('is served by another BFF copy after the revision moves, within about a second', async () => {
    await putAsAdmin('items', 'PUB-COPY', sampleItem({ promisedDays: 3 }));
    expect((await get(other, '/items/PUB-COPY')).json()).toMatchObject({ version: 1, promisedDays: 3 });

    await putAsAdmin('items', 'PUB-COPY', sampleItem({ promisedDays: 1 }));
    await afterRevisionCheck();
    const res = await get(other, '/items/PUB-COPY', { 'if-none-match': '"item-PUB-COPY-1"' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, promisedDays: 1 });
  });
});

describe('a cached chain guide', () => {
  it('is listed with its item names and shows an item change at once, with a new ETag', async () => {
    await putAsAdmin('items', 'PUB-CHAIN-A', sampleItem({ promisedDays: 3 }));
    await putAsAdmin('items', 'PUB-CHAIN-B', sampleItem({ name: '测试事项乙', promisedDays: 4 }));
    const chain = { name: '测试一链', leadDepartment: '县测试局', items: ['PUB-CHAIN-A', 'PUB-CHAIN-B'] };
    expect((await putAsAdmin('chains', 'PUB-CHAIN', chain)).statusCode).toBe(201);
    const first = await get(t, '/chains/PUB-CHAIN');
    expect(first.json()).toMatchObject({ promisedDays: 4, version: 1 });
    expect((await get(t, '/chains?q=csyl')).json()).toEqual({
      items: [
        { code: 'PUB-CHAIN', name: '测试一链', leadDepartment: '县测试局', itemNames: ['测试事项办理', '测试事项乙'] },
      ],
      total: 1,
    });
    expect((await get(t, '/chains/PUB-CHAIN', { 'if-none-match': first.headers.etag as string })).statusCode).toBe(304);

    await putAsAdmin('items', 'PUB-CHAIN-A', sampleItem({ promisedDays: 9, legalDays: 20 }));
    const changed = await get(t, '/chains/PUB-CHAIN', { 'if-none-match': first.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.json()).toMatchObject({ promisedDays: 9, version: 1 });
  });

  it('leaves out a stored field outside the contract', async () => {
    await chainModel(t.app.db).collection.updateOne({ code: 'PUB-CHAIN' }, { $set: { internalNote: '内部备注' } });
    await catalogChanged(t.app.db);
    const res = await get(t, '/chains/PUB-CHAIN');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('内部备注');
  });
});

describe('cached lists and searches', () => {
  it('find a renamed item by its new pinyin initials, on this copy at once and on another within a second', async () => {
    await putAsAdmin('items', 'PUB-RENAME', sampleItem({ name: '测试改名前' }));
    expect(codesOf((await get(t, '/items?q=csgmq')).json())).toEqual(['PUB-RENAME']);
    expect(codesOf((await get(other, '/items?q=csgmq')).json())).toEqual(['PUB-RENAME']);

    await putAsAdmin('items', 'PUB-RENAME', sampleItem({ name: '测试改名后' }));
    expect((await get(t, '/items?q=csgmq')).json()).toEqual({ items: [], total: 0 });
    expect(codesOf((await get(t, '/items?q=csgmh')).json())).toEqual(['PUB-RENAME']);
    await afterRevisionCheck();
    expect(codesOf((await get(other, '/items?q=csgmh')).json())).toEqual(['PUB-RENAME']);
    expect((await get(other, '/items?q=csgmq')).json()).toEqual({ items: [], total: 0 });
  });

  it('list a summary without stored fields outside the contract', async () => {
    await putAsAdmin('items', 'PUB-LISTED', sampleItem({ name: '测试列表事项' }));
    await itemModel(t.app.db).collection.updateOne({ code: 'PUB-LISTED' }, { $set: { internalNote: '内部备注' } });
    await catalogChanged(t.app.db);
    const res = await get(t, `/items?q=${encodeURIComponent('测试列表')}`);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.body).not.toContain('内部备注');
    expect(Object.keys(res.json().items[0]).sort()).toEqual([
      'code',
      'delivery',
      'department',
      'fee',
      'name',
      'promisedDays',
      'trips',
    ]);
  });

  it('put a newly popular item first at once', async () => {
    const input = sampleItem({ name: '测试冷门事项' });
    await putItem(t.app.db, 'PUB-POPULAR', input);
    expect(codesOf((await get(t, '/items?pageSize=1')).json())).not.toEqual(['PUB-POPULAR']);
    // The same guide with a new ranking: no new version, but a new order.
    const { outcome } = await putItem(t.app.db, 'PUB-POPULAR', input, { popularity: 1_000 });
    expect(outcome).toBe('unchanged');
    expect(codesOf((await get(t, '/items?pageSize=1')).json())).toEqual(['PUB-POPULAR']);
  });
});
