import { type QrList } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { putGroup } from '../../hall/groups.service';
import { setCentreContact } from '../../users';
import { posterContent } from '../poster-content';
import { createQrToken } from '../qrcode.service';
import { sampleItem } from '../testing/fixtures';

const CENTRE = { name: '莒南县政务服务中心', address: '莒南县人民路1号', phone: '0539-7211000' };

let t: TestApp;
let admin: LoggedIn;
let clerk: LoggedIn;
let resident: LoggedIn;
const tokens: Record<'item' | 'chain' | 'group' | 'window' | 'authorization', string> = {
  item: '',
  chain: '',
  group: '',
  window: '',
  authorization: '',
};

async function call(who: LoggedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });
}

async function code(kind: string, target: string): Promise<string> {
  const res = await call(admin, 'POST', '/admin/qrcodes', { kind, target });
  if (res.statusCode !== 201) throw new Error(`qrcode failed: ${res.body}`);
  return res.json<{ token: string }>().token;
}

beforeAll(async () => {
  t = await buildTestApp();
  [admin, clerk, resident] = await Promise.all([
    loginAs(t.app, 'admin'),
    loginAs(t.app, 'poster_clerk', { roles: ['staff'], department: '县测试局' }),
    loginAs(t.app, 'poster_resident'),
  ]);
  for (const [codeName, name] of [
    ['POSTER-A', '老年人优待证办理'],
    ['POSTER-B', '高龄津贴申领'],
  ] as const)
    expect((await call(admin, 'PUT', `/admin/items/${codeName}`, sampleItem({ name }))).statusCode).toBe(201);
  const chain = { name: '我要养老一件事', leadDepartment: '县测试局', items: ['POSTER-A', 'POSTER-B'] };
  expect((await call(admin, 'PUT', '/admin/chains/POSTER-CHAIN', chain)).statusCode).toBe(201);
  await putGroup(
    t.app.db,
    'laonian',
    {
      ...{
        name: '老年服务窗口',
        hall: '县政务服务中心二楼',
        prefix: 'L',
        items: ['POSTER-A'],
        windows: ['L01', 'L02'],
      },
      ...{ hours: '工作日 9:00–17:00', phone: '0539-7211888', capacity: 2 },
    },
    { userId: 'system', requestId: 'test' },
  );
  tokens.item = await code('item', 'POSTER-A');
  tokens.chain = await code('chain', 'POSTER-CHAIN');
  tokens.group = await code('window', 'laonian');
  tokens.window = await code('window', 'laonian:L02');
  tokens.authorization = await createQrToken(t.app.db, { kind: 'authorization', target: 'auth-1' }, 'system');
});
afterAll(async () => {
  await t.close();
});

const poster = (who: LoggedIn, token: string) => call(who, 'GET', `/admin/qrcodes/${token}/poster.pdf`);
/** Page objects of a PDF (pdfkit writes its object dictionaries uncompressed). */
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? [];

describe('GET /admin/qrcodes/:token/poster.pdf', () => {
  it('is an A4 PDF of one page for each kind of code, named after what it opens', async () => {
    for (const [kind, title] of [
      ['item', '老年人优待证办理'],
      ['chain', '我要养老一件事'],
      ['group', '老年服务窗口'],
      ['window', '老年服务窗口 L02 号窗口'],
    ] as const) {
      const res = await poster(admin, tokens[kind]);
      expect([kind, res.statusCode]).toEqual([kind, 200]);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="poster-${tokens[kind]}.pdf"; filename*=UTF-8''${encodeURIComponent(`二维码海报-${title}.pdf`)}`,
      );
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pages(pdf)).toHaveLength(1);
      expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
      // The document's Subject (an object of its own) is the token.
      expect(pdf.toString('latin1')).toContain(`(${tokens[kind]})`);
    }
  });

  it('says the centre, what the code opens, how to scan, and the enquiry line (the window group’s first)', async () => {
    const deps = { conn: t.app.db, config: t.app.config };
    await expect(posterContent(deps, tokens.item)).resolves.toEqual({
      centre: '政务服务中心',
      kindLabel: '办事指南',
      title: '老年人优待证办理',
      url: `http://127.0.0.1:10086/q/${tokens.item}`,
      scan: '微信扫一扫',
      purpose: '查看办事指南、在线申请',
      token: tokens.item,
    });
    await setCentreContact(t.app, { userId: admin.userId, role: 'admin' }, CENTRE, 'test');
    await expect(posterContent(deps, tokens.chain)).resolves.toMatchObject({
      centre: CENTRE.name,
      kindLabel: '一链办理',
      purpose: '查看一链办理指南、一次申请多个事项',
      phone: CENTRE.phone,
    });
    await expect(posterContent(deps, tokens.window)).resolves.toMatchObject({
      centre: CENTRE.name,
      hall: '县政务服务中心二楼',
      kindLabel: '窗口取号',
      title: '老年服务窗口 L02 号窗口',
      purpose: '取号排队，查看前面还有几人',
      phone: '0539-7211888',
    });
  });

  it('answers 404 for an unknown token and for a code of a case, 400 for a malformed token', async () => {
    for (const token of ['nosuchtoken', tokens.authorization]) {
      const res = await poster(admin, token);
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await poster(admin, 'a$b')).statusCode).toBe(400);
  });

  it('is for admins only: staff and residents 403', async () => {
    for (const who of [clerk, resident]) {
      const res = await poster(who, tokens.item);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    }
  });
});

describe('GET /admin/qrcodes', () => {
  it('lists the codes of items, chains and windows newest first, with what they open, never a case’s code', async () => {
    const res = await call(admin, 'GET', '/admin/qrcodes');
    expect(res.statusCode).toBe(200);
    const body = res.json<QrList>();
    expect(body.total).toBe(4);
    expect(body.items.map((i) => [i.kind, i.target, i.title])).toEqual([
      ['window', 'laonian:L02', '老年服务窗口 L02 号窗口'],
      ['window', 'laonian', '老年服务窗口'],
      ['chain', 'POSTER-CHAIN', '我要养老一件事'],
      ['item', 'POSTER-A', '老年人优待证办理'],
    ]);
    expect(body.items[0]).toMatchObject({
      token: tokens.window,
      url: `http://127.0.0.1:10086/q/${tokens.window}`,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(res.body).not.toContain(tokens.authorization);
  });

  it('filters by kind and pages', async () => {
    const windows = (await call(admin, 'GET', '/admin/qrcodes?kind=window&pageSize=1&page=2')).json<QrList>();
    expect([windows.total, windows.items.map((i) => i.target)]).toEqual([2, ['laonian']]);
    for (const query of ['kind=authorization', 'kind=shipment', 'pageSize=0', 'all=1'])
      expect([query, (await call(admin, 'GET', `/admin/qrcodes?${query}`)).statusCode]).toEqual([query, 400]);
  });

  it('is for admins only', async () => {
    for (const who of [clerk, resident]) expect((await call(who, 'GET', '/admin/qrcodes')).statusCode).toBe(403);
  });
});
