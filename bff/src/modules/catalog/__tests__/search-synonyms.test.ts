import { SEARCH_SYNONYMS } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { seedDemoCatalog } from '../../../seed/seed';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemoCatalog(t.app);
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });
const codes = async (path: string, q: string) =>
  ((await get(`${path}?q=${encodeURIComponent(q)}&pageSize=50`)).json() as { items: { code: string }[] }).items
    .map((i) => i.code)
    .sort();

describe('search by the words residents use (shared SEARCH_SYNONYMS)', () => {
  it.each([
    ['户口', ['HUJI-QIANYI', 'JUZHUZHENG']],
    ['迁户口', ['HUJI-QIANYI', 'JUZHUZHENG']],
    ['老年证', ['LAONIAN-YOUDAIZHENG']],
    ['残疾证', ['CANJIREN-ZHENG']],
    ['开药店', ['YAOPIN-JINGYING']],
    ['营业执照', ['GETI-YINGYE']],
    ['社保', ['JUMIN-YANGLAO']],
    ['买房', ['BDC-ZHUANYI', 'QISHUI-SHENBAO']],
    ['二手房', ['BDC-ZHUANYI', 'QISHUI-SHENBAO']],
  ])('GET /items?q=%s finds the items named officially', async (q, expected) => {
    expect(await codes('/items', q)).toEqual(expected);
  });

  it.each([
    ['二手房', ['ESF-JIAOYI']],
    ['过户', ['ESF-JIAOYI']],
    ['开药店', ['YAODIAN-SHELI']],
    ['开诊所', ['MENZHEN-SHELI']],
  ])('GET /chains?q=%s finds the chain', async (q, expected) => {
    expect(await codes('/chains', q)).toEqual(expected);
  });

  it('keeps the answer’s shape and its order (popular first), and finds nothing for nonsense', async () => {
    const res = await get(`/items?q=${encodeURIComponent('户口')}`);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['items', 'total']);
    expect(res.json().total).toBe(2);
    for (const q of ['啊啊啊啊', '.*', 'zzzzqqq']) {
      const none = await get(`/items?q=${encodeURIComponent(q)}`);
      expect([none.statusCode, none.json()]).toEqual([200, { items: [], total: 0 }]);
    }
  });

  it('stays bounded: 40 characters at most (400 beyond), however many synonyms they contain', async () => {
    const many = Object.keys(SEARCH_SYNONYMS).join('').slice(0, 40);
    const res = await get(`/items?q=${encodeURIComponent(many)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
    const long = await get(`/items?q=${encodeURIComponent('户口'.repeat(21))}`);
    expect([long.statusCode, long.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const chains = await get(`/chains?q=${encodeURIComponent('二手房'.repeat(14))}`);
    expect([chains.statusCode, chains.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('maps every word to official words, none empty', () => {
    for (const [said, means] of Object.entries(SEARCH_SYNONYMS)) {
      expect(said.length).toBeGreaterThan(0);
      expect(means.length).toBeGreaterThan(0);
      expect(means.every((word) => word.length > 0)).toBe(true);
    }
  });
});
