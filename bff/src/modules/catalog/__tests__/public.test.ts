import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { seedDemoCatalog } from '../../../seed/seed';
import { itemModel } from '../item.model';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemoCatalog(t.app);
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
const codesOf = (body: { items: { code: string }[] }) => body.items.map((i) => i.code);

describe('GET /items', () => {
  it('lists popular items first, with the summary fields only, and the total', async () => {
    const res = await get('/items?pageSize=50');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    expect(body.total).toBe(await itemModel(t.app.db).countDocuments());
    expect(body.items[0].code).toBe('LAONIAN-YOUDAIZHENG');
    expect(Object.keys(body.items[0]).sort()).toEqual([
      'code',
      'delivery',
      'department',
      'fee',
      'name',
      'promisedDays',
      'trips',
    ]);
    expect(body.items[0]).toMatchObject({
      name: '老年优待证办理',
      trips: 0,
      fee: { amount: 0 },
      delivery: { express: true, expressFee: 0 },
    });
  });

  it('pages through the same order without repeats', async () => {
    const all = codesOf((await get('/items?pageSize=50')).json());
    const pages = await Promise.all([1, 2, 3, 4].map((page) => get(`/items?page=${page}&pageSize=5`)));
    const paged = pages.flatMap((p) => codesOf(p.json()));
    expect(paged).toEqual(all.slice(0, 20));
    expect(pages[0]!.json().items).toHaveLength(5);
    expect((await get('/items?page=100&pageSize=5')).json()).toEqual({ items: [], total: all.length });
  });

  it('finds by a substring of the name', async () => {
    const body = (await get(`/items?q=${encodeURIComponent('公积金')}`)).json();
    expect(codesOf(body)).toEqual(['GJJ-TIQU']);
    expect(body.total).toBe(1);
  });

  it('finds by pinyin initials, any case, as a prefix or inside', async () => {
    expect(codesOf((await get('/items?q=lnyd')).json())).toEqual(['LAONIAN-YOUDAIZHENG']);
    expect(codesOf((await get('/items?q=LNYDZ')).json())).toEqual(['LAONIAN-YOUDAIZHENG']);
    expect(codesOf((await get('/items?q=ydz')).json())).toEqual(['LAONIAN-YOUDAIZHENG']);
    expect(codesOf((await get('/items?q=bdczy')).json())).toEqual(['BDC-ZHUANYI']);
  });

  it('finds by full pinyin', async () => {
    expect(codesOf((await get('/items?q=gongjijin')).json())).toEqual(['GJJ-TIQU']);
  });

  it('matches regex characters literally', async () => {
    const res = await get(`/items?q=${encodeURIComponent('.*')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 0 });
    expect(codesOf((await get(`/items?q=${encodeURIComponent('（个体工商户）')}`)).json())).toEqual(['GETI-YINGYE']);
  });

  it('filters by department', async () => {
    const body = (await get(`/items?department=${encodeURIComponent('县市场监督管理局')}`)).json();
    expect(codesOf(body).sort()).toEqual(['GETI-YINGYE', 'SHIPIN-JINGYING', 'YAOPIN-JINGYING']);
    expect(body.items.every((i: { department: string }) => i.department === '县市场监督管理局')).toBe(true);
  });

  it('filters zero-trip items (零跑腿), also together with a search', async () => {
    const body = (await get('/items?trips=0&pageSize=50')).json();
    expect(body.total).toBe(await itemModel(t.app.db).countDocuments({ trips: 0 }));
    expect(body.items.every((i: { trips: number }) => i.trips === 0)).toBe(true);
    expect(codesOf(body)).not.toContain('BDC-ZHUANYI');
    expect(codesOf((await get(`/items?trips=1&q=${encodeURIComponent('老年')}`)).json())).toEqual([]);
  });
});

describe('GET /items/:code', () => {
  it('returns the whole guide without internal fields', async () => {
    const res = await get('/items/BDC-ZHUANYI');
    expect(res.statusCode).toBe(200);
    const guide = res.json();
    expect(guide).toMatchObject({
      code: 'BDC-ZHUANYI',
      version: 1,
      kind: '行政许可',
      legalDays: 30,
      promisedDays: 5,
      fee: { amount: 8000, basis: expect.stringContaining('80元') },
      delivery: { window: true, express: true, expressFee: 1200 },
      windows: [
        { hall: '县政务服务中心二楼', number: 'B01' },
        { hall: '县政务服务中心二楼', number: 'B02' },
      ],
      trips: 1,
    });
    expect(guide.materials).toContainEqual({
      code: 'marriage_cert',
      name: expect.any(String),
      category: '证件类',
      required: true,
      gapAllowed: true,
      formats: ['jpg', 'png', 'pdf'],
    });
    expect(guide.form.fields.slice(0, 3).map((f: { profile: string }) => f.profile)).toEqual([
      'profile.name',
      'profile.idNumber',
      'profile.phone',
    ]);
    expect(new Date(guide.updatedAt).toISOString()).toBe(guide.updatedAt);
    for (const hidden of ['_id', 'pinyin', 'pinyinInitials', 'popularity', 'contentHash', 'createdAt'])
      expect(guide).not.toHaveProperty(hidden);
    expect(JSON.stringify(guide)).not.toContain('_id');
  });

  it('carries an ETag from the version and answers 304 to it', async () => {
    const first = await get('/items/LAONIAN-YOUDAIZHENG');
    expect(first.headers.etag).toBe('"item-LAONIAN-YOUDAIZHENG-1"');
    const again = await get('/items/LAONIAN-YOUDAIZHENG', { 'if-none-match': first.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 NOT_FOUND for an unknown item', async () => {
    const res = await get('/items/NO-SUCH-ITEM');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});

describe('GET /chains', () => {
  it('lists the chains with their item names', async () => {
    const body = (await get('/chains')).json();
    expect(body.total).toBe(3);
    expect(body.items).toContainEqual({
      code: 'ESF-JIAOYI',
      name: '二手房交易',
      leadDepartment: '县自然资源局（不动产登记中心）',
      itemNames: ['不动产转移登记（二手房买卖）', '契税申报（存量房交易）', '水电气联合过户'],
    });
  });

  it('finds a chain by pinyin initials or code', async () => {
    expect(codesOf((await get('/chains?q=ESF')).json())).toEqual(['ESF-JIAOYI']);
    expect(codesOf((await get('/chains?q=ydsl')).json())).toEqual(['YAODIAN-SHELI']);
    expect(codesOf((await get(`/chains?q=${encodeURIComponent('药店')}`)).json())).toEqual(['YAODIAN-SHELI']);
  });
});

describe('GET /chains/:code', () => {
  it('merges the materials by code, listing every item that needs one', async () => {
    const res = await get('/chains/ESF-JIAOYI');
    expect(res.statusCode).toBe(200);
    const chain = res.json();
    expect(chain.items.map((i: { code: string }) => i.code)).toEqual(['BDC-ZHUANYI', 'QISHUI-SHENBAO', 'SDQ-GUOHU']);
    const codes = chain.materials.map((m: { code: string }) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    const byCode = (code: string) => chain.materials.find((m: { code: string }) => m.code === code);
    for (const shared of ['id_card', 'property_cert', 'sale_contract']) {
      expect(byCode(shared).itemCodes).toEqual(['BDC-ZHUANYI', 'QISHUI-SHENBAO', 'SDQ-GUOHU']);
    }
    expect(byCode('marriage_cert').itemCodes).toEqual(['BDC-ZHUANYI']);
  });

  it('merges the form to one field per key, with the largest promised days and trips', async () => {
    const chain = (await get('/chains/ESF-JIAOYI')).json();
    const keys = chain.form.fields.map((f: { key: string }) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining(['applicantName', 'propertyAddress', 'dealPrice', 'homeCount', 'utilities']),
    );
    expect(chain).toMatchObject({ promisedDays: 5, trips: 1, version: 1 });
  });

  it('allows a gap in a material only when every item allows it', async () => {
    const chain = (await get('/chains/YAODIAN-SHELI')).json();
    const license = chain.materials.find((m: { code: string }) => m.code === 'business_license');
    expect(license).toMatchObject({ gapAllowed: true, itemCodes: ['YAOPIN-JINGYING', 'SHIPIN-JINGYING'] });
    expect(chain.materials.find((m: { code: string }) => m.code === 'premises_proof').itemCodes).toHaveLength(3);
  });

  it('answers 404 for an unknown chain and 304 for a current copy', async () => {
    expect((await get('/chains/NO-CHAIN')).statusCode).toBe(404);
    const first = await get('/chains/YAODIAN-SHELI');
    expect((await get('/chains/YAODIAN-SHELI', { 'if-none-match': first.headers.etag as string })).statusCode).toBe(
      304,
    );
  });
});

describe('GET /qr/:token', () => {
  it.each([
    ['i-laonian-youdaizheng', { kind: 'item', target: 'LAONIAN-YOUDAIZHENG' }],
    ['c-esf', { kind: 'chain', target: 'ESF-JIAOYI' }],
  ])('resolves the seeded token %s', async (token, target) => {
    const res = await get(`/qr/${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(target);
  });

  it.each([
    ['unknown', 'no-such-token'],
    ['too short', 'abc'],
    ['too long', 'a'.repeat(33)],
    ['not url-safe', encodeURIComponent('c-esf!')],
    ['an operator', encodeURIComponent('{"$gt":""}')],
  ])('answers 404 NOT_FOUND for a token that is %s', async (_what, token) => {
    const res = await get(`/qr/${token}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});

describe('OpenAPI', () => {
  it('documents the catalog routes', async () => {
    const paths = Object.keys((await get('/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/items',
        '/api/v1/items/{code}',
        '/api/v1/chains/{code}',
        '/api/v1/qr/{token}',
        '/api/v1/admin/items/{code}',
      ]),
    );
  });
});
