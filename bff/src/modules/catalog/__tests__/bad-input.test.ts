import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { seedDemoCatalog } from '../../../seed/seed';
import { catalogCounts, expectRefused, loginAdmins, pathsOf, type Admins } from '../testing/fixtures';

let t: TestApp;
let who: Admins;
let before: Awaited<ReturnType<typeof catalogCounts>>;

beforeAll(async () => {
  t = await buildTestApp();
  who = await loginAdmins(t.app);
  await seedDemoCatalog(t.app);
  before = await catalogCounts(t.app.db);
});
afterAll(async () => {
  await t.close();
});
// Whatever is refused, nothing is written.
afterEach(async () => {
  expect(await catalogCounts(t.app.db)).toEqual(before);
});

const putChain = (payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/chains/BAD-CHAIN',
    headers: who.admin.headers,
    payload: payload as object,
  });
const postQr = (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/qrcodes',
    headers: who.admin.headers,
    payload: payload as object,
  });
const list = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/items?${query}` });

describe('PUT /admin/chains/:code refuses', () => {
  it('unknown items, listing each', async () => {
    const error = expectRefused(
      await putChain({ name: '坏链条', leadDepartment: '县测试局', items: ['GETI-YINGYE', 'NOPE-A', 'NOPE-B'] }),
    );
    expect(error.details).toEqual([
      expect.objectContaining({ path: 'items', message: expect.stringContaining('NOPE-A') }),
      expect.objectContaining({ path: 'items', message: expect.stringContaining('NOPE-B') }),
    ]);
  });

  it('a chain of one item', async () => {
    expectRefused(await putChain({ name: '坏链条', leadDepartment: '县测试局', items: ['GETI-YINGYE'] }));
  });

  it('the same item twice', async () => {
    expectRefused(
      await putChain({ name: '坏链条', leadDepartment: '县测试局', items: ['GETI-YINGYE', 'GETI-YINGYE'] }),
    );
  });

  it('an operator object as an item code', async () => {
    expectRefused(
      await putChain({ name: '坏链条', leadDepartment: '县测试局', items: [{ $ne: null }, 'GETI-YINGYE'] }),
    );
  });
});

describe('POST /admin/qrcodes refuses', () => {
  it('an item that does not exist', async () => {
    const error = expectRefused(await postQr({ kind: 'item', target: 'NO-SUCH-ITEM' }));
    expect(pathsOf(error.details)).toEqual(['target']);
  });

  it('a chain that does not exist', async () => {
    expectRefused(await postQr({ kind: 'chain', target: 'GETI-YINGYE' }));
  });

  it('a kind outside the enum', async () => {
    expectRefused(await postQr({ kind: 'coupon', target: 'GETI-YINGYE' }));
  });

  it('a kind that its own flow creates (authorization)', async () => {
    expectRefused(await postQr({ kind: 'authorization', target: '6650f0a0a0a0a0a0a0a0a0a0' }));
  });

  it('a window target that is not hall-number', async () => {
    expectRefused(await postQr({ kind: 'window', target: 'A03' }));
  });

  it('an operator object as the target', async () => {
    expectRefused(await postQr({ kind: 'item', target: { $gt: '' } }));
  });
});

describe('GET /items refuses', () => {
  it.each([
    ['pageSize=1000', 'pageSize=1000', 'pageSize'],
    ['trips=2', 'trips=2', 'trips'],
    ['page=0', 'page=0', 'page'],
    ['page=abc', 'page=abc', 'page'],
    ['q of 1000 characters', `q=${encodeURIComponent('老'.repeat(1000))}`, 'q'],
    ['q given twice', 'q=a&q=b', 'q'],
    ['q[$gt]=', 'q[$gt]=', 'q'],
    ['an unknown parameter', 'sort=name', 'sort'],
  ])('%s', async (_label, query, path) => {
    const error = expectRefused(await list(query));
    expect(JSON.stringify(error.details)).toContain(path);
  });

  it('treats an operator-looking department as plain text', async () => {
    const res = await list(`department=${encodeURIComponent('{"$ne":""}')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 0 });
  });

  it('a lower-case item code', async () => {
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/v1/items/lowercase' }));
  });
});
