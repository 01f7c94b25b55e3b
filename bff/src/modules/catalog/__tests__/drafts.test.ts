import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { person } from '../../applications/testing/cases';
import { auditModel } from '../../audit/audit.model';
import { tempUploadRoot } from '../../uploads/testing/multipart';
import { itemDraftModel } from '../item-draft.model';
import { itemVersionModel } from '../item-version.model';
import { itemModel } from '../item.model';
import { catalogFileRef } from '../testing/files';
import { loginAdmins, sampleItem, type Admins } from '../testing/fixtures';

const uploads = tempUploadRoot();
let t: TestApp;
let who: Admins;
/** an admin with a verified profile, so the console can name them */
let named: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp(uploads.env);
  who = await loginAdmins(t.app);
  named = await loginAs(t.app, 'named_admin', { roles: ['admin'], profile: person('周文静') });
});
afterAll(async () => {
  await t.close();
  uploads.remove();
});

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
const call = (method: Method, url: string, opts: { as?: LoggedIn; payload?: unknown; headers?: object } = {}) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(opts.as ?? named).headers, ...(opts.headers ?? {}) },
    ...(opts.payload === undefined ? {} : { payload: opts.payload as object }),
  });

const versionsOf = (code: string) => itemVersionModel(t.app.db).countDocuments({ code });

describe('PUT /admin/items/:code/draft', () => {
  it('saves an incomplete guide with what ItemInput says is missing, and lists it as never published', async () => {
    const { legalBasis: _dropped, ...incomplete } = sampleItem({ promisedDays: 30 });
    const res = await call('PUT', '/admin/items/DRAFT-ONLY/draft', { payload: incomplete });
    expect(res.statusCode).toBe(200);
    const { savedAt, problems } = res.json<{ savedAt: string; problems: { path: unknown[]; message: string }[] }>();
    expect(Date.parse(savedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(problems).toEqual([{ path: ['legalBasis'], message: expect.any(String) }]);
    expect(await itemModel(t.app.db).exists({ code: 'DRAFT-ONLY' })).toBeNull();

    const view = await call('GET', '/admin/items/DRAFT-ONLY');
    expect(view.statusCode).toBe(200);
    expect(view.json()).toEqual({
      published: null,
      draft: { guide: incomplete, savedAt, by: { userId: named.userId, name: '周文静' }, problems },
    });
    const list = await call('GET', '/admin/items?q=DRAFT');
    expect(list.json()).toEqual({
      items: [
        {
          code: 'DRAFT-ONLY',
          name: '测试事项办理',
          department: '县测试局',
          version: null,
          updatedAt: null,
          draft: { savedAt, by: { userId: named.userId, name: '周文静' } },
        },
      ],
      total: 1,
    });
    expect(await auditModel(t.app.db).countDocuments({ action: 'catalog.item.draft.save', target: 'DRAFT-ONLY' })).toBe(
      1,
    );
  });

  it('reports the cross-field rules of a complete guide too (promised days over the legal ones)', async () => {
    const res = await call('PUT', '/admin/items/DRAFT-RULES/draft', { payload: sampleItem({ promisedDays: 30 }) });
    expect(res.json().problems).toEqual([{ path: ['promisedDays'], message: '承诺时限不能超过法定时限' }]);
  });

  it('names a reference to a catalog file that does not exist as a problem of the draft', async () => {
    const guide = sampleItem({ resultSample: { id: '0123456789abcdef01234567', name: '样本.pdf' } });
    const res = await call('PUT', '/admin/items/DRAFT-FILE/draft', { payload: guide });
    expect(res.json().problems).toEqual([{ path: ['resultSample'], message: '文件不存在：0123456789abcdef01234567' }]);
  });

  it.each([
    ['an operator key', { name: '事项', $where: 'sleep(1000)' }],
    ['a nested operator key', { materials: [{ code: { $gt: '' } }] }],
    ['a dotted key', { 'fee.amount': 1 }],
    ['nesting deeper than a guide', JSON.parse(`${'{"a":'.repeat(20)}1${'}'.repeat(20)}`) as object],
  ])('refuses %s with 400 and stores nothing', async (_what, payload) => {
    const res = await call('PUT', '/admin/items/DRAFT-BAD/draft', { payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(await itemDraftModel(t.app.db).exists({ _id: 'DRAFT-BAD' })).toBeNull();
  });

  it('refuses an array and a body over 256 KB', async () => {
    expect((await call('PUT', '/admin/items/DRAFT-BAD/draft', { payload: [1, 2] })).statusCode).toBe(400);
    const huge = { name: 'x'.repeat(300 * 1024) };
    expect((await call('PUT', '/admin/items/DRAFT-BAD/draft', { payload: huge })).statusCode).toBe(413);
    expect(await itemDraftModel(t.app.db).exists({ _id: 'DRAFT-BAD' })).toBeNull();
  });

  it('is refused to a resident (403) and stores nothing', async () => {
    const res = await call('PUT', '/admin/items/DRAFT-X/draft', { as: who.resident, payload: sampleItem() });
    expect(res.statusCode).toBe(403);
    expect(await itemDraftModel(t.app.db).exists({ _id: 'DRAFT-X' })).toBeNull();
  });
});

describe('POST /admin/items/:code/publish', () => {
  it('refuses an incomplete draft with its problems as details, writing nothing and keeping the draft', async () => {
    const { legalBasis: _dropped, ...incomplete } = sampleItem({ promisedDays: 30 });
    await call('PUT', '/admin/items/PUB-BAD/draft', { payload: incomplete });
    const res = await call('POST', '/admin/items/PUB-BAD/publish');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'legalBasis', message: expect.any(String) }],
    });
    expect(await itemModel(t.app.db).exists({ code: 'PUB-BAD' })).toBeNull();
    expect(await versionsOf('PUB-BAD')).toBe(0);
    expect(await itemDraftModel(t.app.db).exists({ _id: 'PUB-BAD' })).not.toBeNull();
  });

  it('answers 404 when there is no draft', async () => {
    const res = await call('POST', '/admin/items/PUB-NONE/publish');
    expect(res.statusCode).toBe(404);
    expect(await itemModel(t.app.db).exists({ code: 'PUB-NONE' })).toBeNull();
  });

  it('publishes version 1 (201), removes the draft, and records who published', async () => {
    const sample = await catalogFileRef(t.app, who.admin, '申请书样表.pdf');
    const guide = sampleItem({ consultationPhone: '0539-7211203' });
    guide.materials[1] = { ...(guide.materials[1] as (typeof guide.materials)[number]), sampleFile: sample };
    await call('PUT', '/admin/items/PUB-OK/draft', { payload: guide });
    const res = await call('POST', '/admin/items/PUB-OK/publish');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'PUB-OK', version: 1, consultationPhone: '0539-7211203' });
    expect(res.json().materials[1].sampleFile).toEqual(sample);
    expect(await itemDraftModel(t.app.db).exists({ _id: 'PUB-OK' })).toBeNull();
    expect(await itemVersionModel(t.app.db).findOne({ code: 'PUB-OK', version: 1 }).lean()).toMatchObject({
      by: { userId: named.userId, name: '周文静' },
    });
    const publicGuide = await t.app.inject({ method: 'GET', url: '/api/v1/items/PUB-OK' });
    expect(publicGuide.json()).toMatchObject({ version: 1, consultationPhone: '0539-7211203' });
  });

  it('publishes the next version (200) with If-Match of the current one, and bumps the version', async () => {
    await call('PUT', '/admin/items/PUB-OK/draft', { payload: sampleItem({ name: '测试事项办理（第二版）' }) });
    const view = await call('GET', '/admin/items/PUB-OK');
    expect(view.json()).toMatchObject({ published: { version: 1 }, draft: { problems: [] } });
    const res = await call('POST', '/admin/items/PUB-OK/publish', { headers: { 'if-match': '1' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, name: '测试事项办理（第二版）' });
    // The new guide has no phone: replacing it removed the old one.
    expect(res.json().consultationPhone).toBeUndefined();
    expect(await versionsOf('PUB-OK')).toBe(2);
    expect(await itemDraftModel(t.app.db).exists({ _id: 'PUB-OK' })).toBeNull();
  });

  it('answers 409 for a stale If-Match, writing nothing and keeping the draft', async () => {
    await call('PUT', '/admin/items/PUB-OK/draft', { payload: sampleItem({ name: '测试事项办理（第三版）' }) });
    const res = await call('POST', '/admin/items/PUB-OK/publish', { headers: { 'if-match': '1' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VERSION_CONFLICT');
    expect(await versionsOf('PUB-OK')).toBe(2);
    expect(await itemModel(t.app.db).findOne({ code: 'PUB-OK' }).lean()).toMatchObject({ version: 2 });
    expect(await itemDraftModel(t.app.db).exists({ _id: 'PUB-OK' })).not.toBeNull();
  });

  it('is refused to a resident (403), writing nothing', async () => {
    const res = await call('POST', '/admin/items/PUB-OK/publish', { as: who.resident });
    expect(res.statusCode).toBe(403);
    expect(await versionsOf('PUB-OK')).toBe(2);
  });
});

describe('DELETE /admin/items/:code/draft', () => {
  it('drops the draft (204), keeps the published guide, and is audited', async () => {
    const res = await call('DELETE', '/admin/items/PUB-OK/draft');
    expect(res.statusCode).toBe(204);
    expect(await itemDraftModel(t.app.db).exists({ _id: 'PUB-OK' })).toBeNull();
    expect((await call('GET', '/admin/items/PUB-OK')).json()).toMatchObject({ published: { version: 2 }, draft: null });
    expect(await auditModel(t.app.db).countDocuments({ action: 'catalog.item.draft.delete', target: 'PUB-OK' })).toBe(
      1,
    );
    // Dropping it again is done already.
    expect((await call('DELETE', '/admin/items/PUB-OK/draft')).statusCode).toBe(204);
  });

  it('answers GET /admin/items/:code with 404 when there is neither a guide nor a draft', async () => {
    expect((await call('GET', '/admin/items/NOTHING-HERE')).statusCode).toBe(404);
  });
});

describe('a guide naming a catalog file that does not exist', () => {
  it('is refused by PUT /admin/items/:code with 400 on the reference, and nothing is written', async () => {
    const guide = sampleItem();
    guide.materials[1] = {
      ...(guide.materials[1] as (typeof guide.materials)[number]),
      blankForm: { id: 'fedcba9876543210fedcba98', name: '空白表格.pdf' },
    };
    const res = await call('PUT', '/admin/items/MISSING-FILE', { payload: guide });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ path: 'materials.1.blankForm', id: 'fedcba9876543210fedcba98' }),
    ]);
    expect(await itemModel(t.app.db).exists({ code: 'MISSING-FILE' })).toBeNull();
    expect(await versionsOf('MISSING-FILE')).toBe(0);
  });

  it('refuses a consultation phone with letters (400 on consultationPhone)', async () => {
    const res = await call('PUT', '/admin/items/BAD-PHONE', { payload: sampleItem({ consultationPhone: '0539-AB' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'consultationPhone' })]);
  });
});

describe('GET /admin/items and GET /admin/chains', () => {
  it('lists published items with their version and those with a draft, paged, by pinyin', async () => {
    await call('PUT', '/admin/items/LIST-A', { payload: sampleItem({ name: '阿胶药品备案' }) });
    await call('PUT', '/admin/items/LIST-A/draft', { payload: { name: '阿胶药品备案（修订）' } });
    const res = await call('GET', '/admin/items?pageSize=2');
    const body = res.json<{ items: { code: string }[]; total: number }>();
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({
      code: 'LIST-A',
      name: '阿胶药品备案',
      version: 1,
      draft: { by: { name: '周文静' } },
    });
    const published = new Set((await itemModel(t.app.db).find({}, 'code').lean()).map((i) => i.code));
    const draftsOnly = (await itemDraftModel(t.app.db).find({}, '_id').lean()).filter((d) => !published.has(d._id));
    expect(body.total).toBe(published.size + draftsOnly.length);
    expect((await call('GET', '/admin/items', { as: who.resident })).statusCode).toBe(403);
  });

  it('lists chains with their item codes in order and their version', async () => {
    await call('PUT', '/admin/items/LIST-B', { payload: sampleItem({ name: '第二个事项' }) });
    await call('PUT', '/admin/chains/LIST-CHAIN', {
      payload: { name: '测试一链', leadDepartment: '县测试局', items: ['LIST-B', 'LIST-A'] },
    });
    const res = await call('GET', '/admin/chains?q=LIST');
    expect(res.json()).toEqual({
      items: [
        { code: 'LIST-CHAIN', name: '测试一链', leadDepartment: '县测试局', items: ['LIST-B', 'LIST-A'], version: 1 },
      ],
      total: 1,
    });
  });
});
