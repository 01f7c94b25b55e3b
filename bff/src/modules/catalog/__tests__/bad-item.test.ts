import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { ZERO_TRIPS_UNDELIVERABLE } from '@onetrip/shared';
import { seedItems } from '../../../seed/data';
import { seedDemoCatalog } from '../../../seed/seed';
import { itemModel } from '../item.model';
import { catalogCounts, expectRefused, loginAdmins, pathsOf, sampleItem, type Admins } from '../testing/fixtures';

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

const putItem = (payload: unknown, code = 'BAD-ITEM', headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/items/${code}`,
    headers: { ...who.admin.headers, ...headers },
    payload: payload as object,
  });
const putRaw = (body: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/items/BAD-ITEM',
    headers: { ...who.admin.headers, 'content-type': contentType },
    payload: body,
  });

describe('PUT /admin/items/:code refuses', () => {
  it('an unknown field', async () => {
    expectRefused(await putItem({ ...sampleItem(), popularity: 100 }));
  });

  it('a number sent as a string (legalDays: "5")', async () => {
    const error = expectRefused(await putItem({ ...sampleItem(), legalDays: '5' }));
    expect(pathsOf(error.details)).toContain('legalDays');
  });

  it('an operator object where a string belongs', async () => {
    expectRefused(await putItem({ ...sampleItem(), name: { $gt: '' } }));
  });

  it('a __proto__ key', async () => {
    expectRefused(await putRaw(`{"__proto__":{"admin":true},${JSON.stringify(sampleItem()).slice(1)}`));
  });

  it('a constructor.prototype key', async () => {
    expectRefused(await putRaw(`{"constructor":{"prototype":{"admin":true}},${JSON.stringify(sampleItem()).slice(1)}`));
  });

  it('a name of 10,000 characters', async () => {
    expectRefused(await putItem({ ...sampleItem(), name: '办'.repeat(10_000) }));
  });

  it('control characters in a name', async () => {
    expectRefused(await putItem({ ...sampleItem(), name: '测试\u0000事项' }));
  });

  it('an empty material code', async () => {
    const item = sampleItem();
    item.materials[0]!.code = '';
    const error = expectRefused(await putItem(item));
    expect(pathsOf(error.details)).toContain('materials.0.code');
  });

  it('duplicate material codes, naming the code', async () => {
    const item = sampleItem();
    item.materials[1]!.code = 'id_card';
    const error = expectRefused(await putItem(item));
    expect(error.details).toContainEqual(
      expect.objectContaining({ path: 'materials.1.code', message: expect.stringContaining('id_card') }),
    );
  });

  it('duplicate field keys', async () => {
    const item = sampleItem();
    item.form.fields[1] = { ...item.form.fields[0]! };
    const error = expectRefused(await putItem(item));
    expect(pathsOf(error.details)).toContain('form.fields.1.key');
  });

  it('a select field without options', async () => {
    const item = sampleItem();
    delete item.form.fields[1]!.options;
    const error = expectRefused(await putItem(item));
    expect(pathsOf(error.details)).toContain('form.fields.1.options');
  });

  it('a rule pattern that is not a regular expression', async () => {
    const item = sampleItem();
    item.form.fields[0]!.rules = { pattern: '([a-z' };
    const error = expectRefused(await putItem(item));
    expect(pathsOf(error.details)).toContain('form.fields.0.rules.pattern');
  });

  it('promised days longer than the legal days', async () => {
    const error = expectRefused(await putItem(sampleItem({ legalDays: 5, promisedDays: 6 })));
    expect(error.details).toContainEqual(expect.objectContaining({ path: 'promisedDays' }));
  });

  it('a 零跑腿 item without express or an electronic result, even with an electronic licence, naming the rule', async () => {
    const delivery = { window: true, express: false, electronic: false, expressFee: 0 };
    const error = expectRefused(await putItem(sampleItem({ trips: 0, delivery, licence: { type: '营业执照' } })));
    expect(error.details).toContainEqual(
      expect.objectContaining({ path: 'delivery.express', message: ZERO_TRIPS_UNDELIVERABLE }),
    );
    expect(await itemModel(t.app.db).exists({ code: 'BAD-ITEM' })).toBeNull();
  });

  it('a seeded 零跑腿 item whose express is turned off, leaving it as it was', async () => {
    const stored = await itemModel(t.app.db).findOne({ code: 'LAONIAN-YOUDAIZHENG' }).lean();
    const { guide } = seedItems.find((i) => i.code === 'LAONIAN-YOUDAIZHENG')!;
    const delivery = { window: true, express: false, expressFee: 0 };
    expectRefused(await putItem({ ...guide, delivery }, 'LAONIAN-YOUDAIZHENG'));
    expect(await itemModel(t.app.db).findOne({ code: 'LAONIAN-YOUDAIZHENG' }).lean()).toEqual(stored);
  });

  it('容缺 or 告知承诺 materials without a 承诺书, a promised material that is also a gap, a 承诺书 standing for nothing', async () => {
    const { commitment: _none, ...withoutTerms } = sampleItem();
    const gapless = expectRefused(await putItem(withoutTerms));
    expect(gapless.details).toContainEqual(
      expect.objectContaining({ path: 'commitment', message: expect.stringContaining('请填写承诺书内容') }),
    );
    const both = sampleItem();
    both.materials = both.materials.map((m) => (m.gapAllowed ? { ...m, satisfiedBy: 'commitment' as const } : m));
    expect(expectRefused(await putItem(both)).details).toContainEqual(
      expect.objectContaining({ path: 'materials.1.gapAllowed', message: expect.stringContaining('无需容缺') }),
    );
    const idle = sampleItem();
    idle.materials = idle.materials.map((m) => ({ ...m, gapAllowed: false }));
    expect(expectRefused(await putItem(idle)).details).toContainEqual(
      expect.objectContaining({ path: 'commitment', message: '没有可容缺或告知承诺的材料，无需承诺书' }),
    );
    const noDays = { ...sampleItem(), commitment: { text: '承诺', gapDays: 0, issueBeforeGaps: false } };
    expectRefused(await putItem(noDays));
    // Gaps the issue waits for must be due within the promised time (3 days in the sample).
    const late = { ...sampleItem(), commitment: { text: '承诺', gapDays: 4, issueBeforeGaps: false } };
    expect(expectRefused(await putItem(late)).details).toContainEqual(
      expect.objectContaining({ path: 'commitment.gapDays', message: expect.stringContaining('不能超过承诺时限') }),
    );
  });

  it('trips other than 0 or 1', async () => {
    expectRefused(await putItem({ ...sampleItem(), trips: 2 }));
  });

  it('a negative fee', async () => {
    expectRefused(await putItem(sampleItem({ fee: { amount: -100 } })));
  });

  it('a kind outside the list', async () => {
    expectRefused(await putItem({ ...sampleItem(), kind: '行政处罚' }));
  });

  it('a missing part of the guide', async () => {
    const { materials: _materials, ...rest } = sampleItem();
    expectRefused(await putItem(rest));
  });

  it('an array instead of an object', async () => {
    expectRefused(await putItem([sampleItem()]));
  });

  it('a lower-case code in the path', async () => {
    expectRefused(await putItem(sampleItem(), 'lowercase'));
  });

  it('a code of 50 characters in the path', async () => {
    expectRefused(await putItem(sampleItem(), 'A'.repeat(50)));
  });

  it('an If-Match that is not a version', async () => {
    expectRefused(await putItem(sampleItem(), 'BAD-ITEM', { 'if-match': 'yesterday' }));
  });

  it('a body that is not JSON with 415', async () => {
    expectRefused(await putRaw('<item/>', 'application/xml'), { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('a body over the size limit with 413', async () => {
    expectRefused(await putRaw(JSON.stringify({ ...sampleItem(), legalBasis: 'x'.repeat(300_000) })), {
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });
});
