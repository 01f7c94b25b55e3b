import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { seedDemoCatalog } from '../../../seed/seed';
import { catalogChanged } from '../catalog-cache';
import { itemModel } from '../item.model';
import { catalogCounts, expectRefused, loginAdmins, pathsOf, sampleItem, type Admins } from '../testing/fixtures';

let t: TestApp;
let who: Admins;
beforeAll(async () => {
  t = await buildTestApp();
  who = await loginAdmins(t.app);
  await seedDemoCatalog(t.app);
});
afterAll(async () => {
  await t.close();
});

const put = (code: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/admin/items/${code}`, headers: who.admin.headers, payload });
const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });

describe('a fee says when it is due', () => {
  it('is stored as put and shown by the guide and the list', async () => {
    const res = await put('DUE-ISSUE', sampleItem({ fee: { amount: 800, basis: '工本费每证8元', due: 'issue' } }));
    expect(res.statusCode).toBe(201);
    expect((await get('/items/DUE-ISSUE')).json().fee).toEqual({ amount: 800, basis: '工本费每证8元', due: 'issue' });
    const listed = (await get('/items?q=DUE&pageSize=50')).json().items as { code: string; fee: object }[];
    expect(listed.find((i) => i.code === 'DUE-ISSUE')?.fee).toEqual({
      amount: 800,
      basis: '工本费每证8元',
      due: 'issue',
    });
  });

  it('is submit when left out, and for a guide stored before dues existed', async () => {
    expect((await put('DUE-NONE', sampleItem({ fee: { amount: 500 } }))).statusCode).toBe(201);
    expect((await get('/items/DUE-NONE')).json().fee).toEqual({ amount: 500, due: 'submit' });
    await itemModel(t.app.db).collection.updateOne({ code: 'DUE-NONE' }, { $unset: { 'fee.due': '' } });
    await catalogChanged(t.app.db);
    expect((await itemModel(t.app.db).findOne({ code: 'DUE-NONE' }).lean())?.fee?.due).toBeUndefined();
    expect((await get('/items/DUE-NONE')).json().fee).toEqual({ amount: 500, due: 'submit' });
  });

  it('accepts a due on a free item (it means nothing until there is an amount)', async () => {
    expect((await put('DUE-FREE', sampleItem({ fee: { amount: 0, due: 'approval' } }))).statusCode).toBe(201);
  });

  it('refuses a due outside the list with 400 on fee.due, writing nothing', async () => {
    const before = await catalogCounts(t.app.db);
    const bad = { ...sampleItem(), fee: { amount: 800, due: 'pickup' } };
    const error = expectRefused(await put('DUE-BAD', bad));
    expect(pathsOf(error.details)).toContain('fee.due');
    expect(await catalogCounts(t.app.db)).toEqual(before);
  });

  it('gives the demo 不动产登记费 after approval', async () => {
    expect((await get('/items/BDC-ZHUANYI')).json().fee).toMatchObject({ amount: 8000, due: 'approval' });
  });
});
