import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { documentKey, leaseModel } from '../../../lib/store';
import { auditModel } from '../../audit/audit.model';
import { chainModel } from '../chain.model';
import { itemVersionModel } from '../item-version.model';
import { getItemGuide } from '../item.service';
import { itemModel } from '../item.model';
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

const put = (url: string, payload: unknown, headers: Record<string, string> = who.admin.headers) =>
  t.app.inject({ method: 'PUT', url: `/api/v1${url}`, payload: payload as object, headers });

describe('admin guard', () => {
  it('answers 401 UNAUTHENTICATED when logged out, before looking at the body', async () => {
    const res = await put('/admin/items/GUARD-A', { not: 'an item' }, {});
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 FORBIDDEN to a resident and writes nothing', async () => {
    const res = await put('/admin/items/GUARD-A', sampleItem(), who.resident.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(await itemModel(t.app.db).exists({ code: 'GUARD-A' })).toBeNull();
  });

  it('refuses a resident creating a QR code with 403', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/qrcodes',
      headers: who.resident.headers,
      payload: { kind: 'window', target: '大厅-A01' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('PUT /admin/items/:code', () => {
  it('creates version 1 with 201, records the version and an audit entry', async () => {
    const res = await put('/admin/items/TEST-ITEM', sampleItem());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'TEST-ITEM', version: 1, name: '测试事项办理' });
    const stored = await itemModel(t.app.db).findOne({ code: 'TEST-ITEM' }).lean();
    expect(stored).toMatchObject({ version: 1, pinyinInitials: 'cssxbl', pinyin: 'ceshishixiangbanli', popularity: 0 });
    expect(await itemVersionModel(t.app.db).find({ code: 'TEST-ITEM' }).lean()).toEqual([
      expect.objectContaining({ version: 1, guide: expect.objectContaining({ name: '测试事项办理' }) }),
    ]);
    const audit = await auditModel(t.app.db).find({ action: 'catalog.item.put', target: 'TEST-ITEM' }).lean();
    expect(audit).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ userId: who.admin.userId, role: 'admin' }) }),
    ]);
  });

  it('replaces with 200 and version 2, keeping version 1 for open cases', async () => {
    const res = await put('/admin/items/TEST-ITEM', sampleItem({ name: '测试事项办理（新）', promisedDays: 2 }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, name: '测试事项办理（新）', promisedDays: 2 });
    expect(
      (await itemVersionModel(t.app.db).find({ code: 'TEST-ITEM' }).sort({ version: 1 }).lean()).map((v) => v.version),
    ).toEqual([1, 2]);
    expect(await getItemGuide(t.app.db, 'TEST-ITEM', 1)).toMatchObject({
      version: 1,
      name: '测试事项办理',
      promisedDays: 3,
    });
    expect(await getItemGuide(t.app.db, 'TEST-ITEM')).toMatchObject({ version: 2, promisedDays: 2 });
    expect(await auditModel(t.app.db).countDocuments({ action: 'catalog.item.put', target: 'TEST-ITEM' })).toBe(2);
  });

  it('keeps the version when the same guide is put again', async () => {
    const res = await put('/admin/items/TEST-ITEM', sampleItem({ name: '测试事项办理（新）', promisedDays: 2 }));
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(2);
    expect(await itemVersionModel(t.app.db).countDocuments({ code: 'TEST-ITEM' })).toBe(2);
  });

  it('answers 409 VERSION_CONFLICT to a stale If-Match and accepts the current one', async () => {
    const stale = await put('/admin/items/TEST-ITEM', sampleItem({ promisedDays: 1 }), {
      ...who.admin.headers,
      'if-match': '1',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await itemModel(t.app.db).findOne({ code: 'TEST-ITEM' }).lean())?.version).toBe(2);
    const current = await put('/admin/items/TEST-ITEM', sampleItem({ promisedDays: 1 }), {
      ...who.admin.headers,
      'if-match': '"2"',
    });
    expect(current.statusCode).toBe(200);
    expect(current.json().version).toBe(3);
  });

  it('lets exactly one of two concurrent replaces win', async () => {
    await put('/admin/items/RACE-ITEM', sampleItem());
    const results = await Promise.all(
      [1, 2, 3].map((d) => put('/admin/items/RACE-ITEM', sampleItem({ promisedDays: d + 3 }))),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const stored = await itemModel(t.app.db).findOne({ code: 'RACE-ITEM' }).lean();
    expect(stored!.version).toBe(1 + statuses.filter((s) => s === 200).length);
    const history = await itemVersionModel(t.app.db).find({ code: 'RACE-ITEM' }).sort({ version: 1 }).lean();
    expect(history.map((h) => h.version)).toEqual(Array.from({ length: stored!.version }, (_, i) => i + 1));
    // No lost update: the item holds exactly the guide of its latest version.
    expect(stored!.promisedDays).toBe(history.at(-1)!.guide.promisedDays);
  });

  it('applies a version an interrupted writer claimed but never wrote, then the new one', async () => {
    await put('/admin/items/CRASH-ITEM', sampleItem());
    const lost = sampleItem({ promisedDays: 9 });
    await itemVersionModel(t.app.db).create({
      code: 'CRASH-ITEM',
      version: 2,
      guide: lost,
      at: new Date(Date.now() - 60_000),
    });
    const res = await put('/admin/items/CRASH-ITEM', sampleItem({ promisedDays: 1 }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 3, promisedDays: 1 });
    expect(await getItemGuide(t.app.db, 'CRASH-ITEM', 2)).toMatchObject({ version: 2, promisedDays: 9 });
  });

  it('answers 409 while another writer keeps the item past the wait', async () => {
    await put('/admin/items/BUSY-ITEM', sampleItem());
    const key = documentKey(itemModel(t.app.db).collection.collectionName, 'BUSY-ITEM');
    await leaseModel(t.app.db).create({ _id: key, owner: 'another writer', expiresAt: new Date(Date.now() + 60_000) });
    const res = await put('/admin/items/BUSY-ITEM', sampleItem({ promisedDays: 1 }));
    await leaseModel(t.app.db).deleteOne({ _id: key });
    expect(res.statusCode).toBe(409);
    expect((await itemModel(t.app.db).findOne({ code: 'BUSY-ITEM' }).lean())?.version).toBe(1);
  });

  it('makes a new guide visible to the public at once', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/items?q=cssx' });
    expect(res.json().items.map((i: { code: string }) => i.code)).toContain('TEST-ITEM');
  });
});

describe('PUT /admin/chains/:code', () => {
  beforeAll(async () => {
    await put('/admin/items/CHAIN-A', sampleItem({ name: '链条事项甲' }));
    await put('/admin/items/CHAIN-B', sampleItem({ name: '链条事项乙', promisedDays: 7 }));
  });

  it('creates a chain with 201 and the merged guide; replaces with 200 and version 2', async () => {
    const body = { name: '测试链条', leadDepartment: '县测试局', items: ['CHAIN-A', 'CHAIN-B'] };
    const created = await put('/admin/chains/TEST-CHAIN', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'TEST-CHAIN', version: 1, promisedDays: 7 });
    expect(created.json().materials.find((m: { code: string }) => m.code === 'id_card').itemCodes).toEqual([
      'CHAIN-A',
      'CHAIN-B',
    ]);
    const replaced = await put('/admin/chains/TEST-CHAIN', { ...body, items: ['CHAIN-B', 'CHAIN-A'] });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().version).toBe(2);
    expect((await chainModel(t.app.db).findOne({ code: 'TEST-CHAIN' }).lean())?.items).toEqual(['CHAIN-B', 'CHAIN-A']);
    expect(await auditModel(t.app.db).countDocuments({ action: 'catalog.chain.put', target: 'TEST-CHAIN' })).toBe(2);
  });

  it('refuses items whose fields cannot be merged, naming the key', async () => {
    const clash = sampleItem({ name: '冲突事项' });
    clash.form.fields[0] = { key: 'applicantName', label: '申请人', type: 'idNumber', required: true };
    await put('/admin/items/CHAIN-C', clash);
    const res = await put('/admin/chains/BAD-CHAIN', {
      name: '冲突链条',
      leadDepartment: '县测试局',
      items: ['CHAIN-A', 'CHAIN-C'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ message: expect.stringContaining('applicantName') }),
    ]);
    expect(await chainModel(t.app.db).exists({ code: 'BAD-CHAIN' })).toBeNull();
  });
});
