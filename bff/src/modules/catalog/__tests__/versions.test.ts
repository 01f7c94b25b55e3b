import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { person } from '../../applications/testing/cases';
import { chainVersionModel } from '../chain-version.model';
import { guideChanges } from '../guide-changes';
import { itemVersionModel } from '../item-version.model';
import { loginAdmins, sampleItem, type Admins } from '../testing/fixtures';

let t: TestApp;
let who: Admins;
let wen: LoggedIn;
let li: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  who = await loginAdmins(t.app);
  [wen, li] = await Promise.all([
    loginAs(t.app, 'admin_wen', { roles: ['admin'], profile: person('周文静') }),
    loginAs(t.app, 'admin_li', { roles: ['admin'], profile: person('李建华') }),
  ]);
});
afterAll(async () => {
  await t.close();
});

const call = (who: LoggedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who.headers,
    ...(payload ? { payload: payload as object } : {}),
  });

describe('GET /admin/items/:code/versions', () => {
  beforeAll(async () => {
    // v1 by 周文静 (PUT), v2 by 李建华 (a draft published): the name, a material changed, one added.
    expect((await call(wen, 'PUT', '/admin/items/HIST-ITEM', sampleItem())).statusCode).toBe(201);
    const next = sampleItem({ name: '测试事项办理（新）' });
    next.materials = [
      { ...(next.materials[0] as (typeof next.materials)[number]), required: false },
      ...next.materials.slice(1),
      { code: 'photo', name: '照片', category: '证件类', required: false, gapAllowed: false, formats: ['jpg'] },
    ];
    await call(li, 'PUT', '/admin/items/HIST-ITEM/draft', next);
    expect((await call(li, 'POST', '/admin/items/HIST-ITEM/publish')).statusCode).toBe(200);
  });

  it('lists the versions newest first, with who published each and what changed', async () => {
    const res = await call(wen, 'GET', '/admin/items/HIST-ITEM/versions');
    expect(res.statusCode).toBe(200);
    const { items } = res.json<{ items: { version: number; at: string; by: unknown; changes: string[] }[] }>();
    expect(items.map((v) => v.version)).toEqual([2, 1]);
    expect(items[0]).toEqual({
      version: 2,
      at: expect.any(String),
      by: { userId: li.userId, name: '李建华' },
      changes: ['name', 'materials', 'materials.id_card', 'materials.photo'],
    });
    expect(items[1]).toMatchObject({ version: 1, by: { userId: wen.userId, name: '周文静' } });
    expect(items[1]?.changes).toEqual(expect.arrayContaining(['name', 'department', 'materials', 'form', 'fee']));
  });

  it('gives a version’s guide as it was published', async () => {
    const res = await call(li, 'GET', '/admin/items/HIST-ITEM/versions/1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      version: 1,
      at: expect.any(String),
      by: { userId: wen.userId, name: '周文静' },
      guide: JSON.parse(JSON.stringify(sampleItem())),
    });
  });

  it('reads a version stored before editors were kept with `by: null`', async () => {
    await itemVersionModel(t.app.db).collection.updateOne({ code: 'HIST-ITEM', version: 1 }, { $unset: { by: '' } });
    const list = await call(wen, 'GET', '/admin/items/HIST-ITEM/versions');
    expect(list.json().items[1]).toMatchObject({ version: 1, by: null });
    expect((await call(wen, 'GET', '/admin/items/HIST-ITEM/versions/1')).json()).toMatchObject({ by: null });
  });

  it('answers 404 for an unknown item or version, 400 for a version that is not a number', async () => {
    expect((await call(wen, 'GET', '/admin/items/NO-SUCH/versions')).statusCode).toBe(404);
    expect((await call(wen, 'GET', '/admin/items/HIST-ITEM/versions/3')).statusCode).toBe(404);
    expect((await call(wen, 'GET', '/admin/items/HIST-ITEM/versions/x')).statusCode).toBe(400);
  });

  it('is refused to a resident (403)', async () => {
    expect((await call(who.resident, 'GET', '/admin/items/HIST-ITEM/versions')).statusCode).toBe(403);
    expect((await call(who.resident, 'GET', '/admin/items/HIST-ITEM/versions/1')).statusCode).toBe(403);
  });
});

describe('GET /admin/chains/:code/versions', () => {
  it('lists a chain’s versions with who published them and the fields changed, and gives each input', async () => {
    await call(wen, 'PUT', '/admin/items/HIST-B', sampleItem({ name: '第二个事项' }));
    const chain = { name: '测试一链', leadDepartment: '县测试局', items: ['HIST-ITEM', 'HIST-B'] };
    expect((await call(wen, 'PUT', '/admin/chains/HIST-CHAIN', chain)).statusCode).toBe(201);
    const changed = { ...chain, description: '一次申请两个事项' };
    expect((await call(li, 'PUT', '/admin/chains/HIST-CHAIN', changed)).statusCode).toBe(200);
    const res = await call(wen, 'GET', '/admin/chains/HIST-CHAIN/versions');
    expect(res.json().items).toEqual([
      { version: 2, at: expect.any(String), by: { userId: li.userId, name: '李建华' }, changes: ['description'] },
      {
        version: 1,
        at: expect.any(String),
        by: { userId: wen.userId, name: '周文静' },
        changes: ['name', 'leadDepartment', 'items'],
      },
    ]);
    const first = await call(li, 'GET', '/admin/chains/HIST-CHAIN/versions/1');
    expect(first.json()).toMatchObject({ version: 1, guide: chain });
    expect(await chainVersionModel(t.app.db).countDocuments({ code: 'HIST-CHAIN' })).toBe(2);
    expect((await call(wen, 'GET', '/admin/chains/NO-CHAIN/versions')).statusCode).toBe(404);
    expect((await call(who.resident, 'GET', '/admin/chains/HIST-CHAIN/versions/1')).statusCode).toBe(403);
  });

  it('lets the editor rebuild a chain’s input from the public guide (items in order by code)', async () => {
    const guide = (await t.app.inject({ method: 'GET', url: '/api/v1/chains/HIST-CHAIN' })).json<{
      name: string;
      leadDepartment: string;
      description?: string;
      items: { code: string }[];
      version: number;
    }>();
    const input = {
      name: guide.name,
      leadDepartment: guide.leadDepartment,
      items: guide.items.map((i) => i.code),
      description: guide.description,
    };
    const latest = await call(wen, 'GET', `/admin/chains/HIST-CHAIN/versions/${guide.version}`);
    expect(latest.json().guide).toEqual(input);
  });
});

describe('guideChanges', () => {
  it('does not count fee.due or delivery.electronic arriving with their defaults as a change', () => {
    const old = { fee: { amount: 0 }, delivery: { window: true, express: false, expressFee: 0 } };
    const now = {
      fee: { amount: 0, due: 'submit' },
      delivery: { window: true, express: false, expressFee: 0, electronic: false },
    };
    expect(guideChanges(old, now)).toEqual([]);
  });

  it('names a removed field and a material removed, and an order-only change as `materials`', () => {
    const a = { code: 'a', name: 'A' };
    const b = { code: 'b', name: 'B' };
    expect(guideChanges({ materials: [a, b], licence: { type: 'x' } }, { materials: [a] })).toEqual([
      'materials',
      'materials.b',
      'licence',
    ]);
    expect(guideChanges({ materials: [a, b] }, { materials: [b, a] })).toEqual(['materials']);
  });
});
