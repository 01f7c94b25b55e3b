import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { startMockProxy, type MockProxy } from '../../auth/testing/mock-proxy';
import { auditModel } from '../../audit/audit.model';
import { qrcodeModel } from '../qrcode.model';
import { loginAdmins, sampleItem, type Admins } from '../testing/fixtures';

const PNG_MAGIC = '89504e470d0a1a0a';
const pngBytes = (dataUrl: string) => Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');

/** The item the codes below point to. */
async function putQrItem(t: TestApp, who: Admins) {
  await t.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/items/QR-ITEM',
    headers: who.admin.headers,
    payload: sampleItem(),
  });
}

async function createQr(app: TestApp['app'], who: Admins, payload: object) {
  return app.inject({ method: 'POST', url: '/api/v1/admin/qrcodes', headers: who.admin.headers, payload });
}

describe('POST /admin/qrcodes with the WeChat simulator', () => {
  let t: TestApp;
  let who: Admins;
  beforeAll(async () => {
    t = await buildTestApp();
    who = await loginAdmins(t.app);
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/items/QR-ITEM',
      headers: who.admin.headers,
      payload: sampleItem(),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a short random token for an item, with URL, QR PNG and wxacode', async () => {
    const res = await createQr(t.app, who, { kind: 'item', target: 'QR-ITEM' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{10,12}$/);
    expect(body.url).toBe(`http://127.0.0.1:10086/q/${body.token}`);
    expect(body.png).toMatch(/^data:image\/png;base64,/);
    expect(pngBytes(body.png).subarray(0, 8).toString('hex')).toBe(PNG_MAGIC);
    expect(body.wxacode).toMatch(/^data:image\/png;base64,/);
    expect(pngBytes(body.wxacode).subarray(0, 8).toString('hex')).toBe(PNG_MAGIC);

    expect(await qrcodeModel(t.app.db).findOne({ token: body.token }).lean()).toMatchObject({
      kind: 'item',
      target: 'QR-ITEM',
      createdBy: who.admin.userId,
    });
    expect(await auditModel(t.app.db).countDocuments({ action: 'qrcode.create', target: body.token })).toBe(1);
  });

  it('resolves a created token publicly', async () => {
    const { token } = (await createQr(t.app, who, { kind: 'item', target: 'QR-ITEM' })).json();
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'item', target: 'QR-ITEM' });
  });

  it('creates a new token each time, also for the same target', async () => {
    const payload = { kind: 'item', target: 'QR-ITEM' };
    const before = await qrcodeModel(t.app.db).countDocuments({ kind: 'item', target: payload.target });
    const [a, b] = await Promise.all([createQr(t.app, who, payload), createQr(t.app, who, payload)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().token).not.toBe(b.json().token);
    expect(await qrcodeModel(t.app.db).countDocuments({ kind: 'item', target: payload.target })).toBe(before + 2);
  });
});

describe('POST /admin/qrcodes when WeChat refuses the mini-program code', () => {
  let t: TestApp;
  let proxy: MockProxy;
  let who: Admins;
  beforeAll(async () => {
    const mockBase = process.env.ONETRIP_TEST_MOCK_BASE!;
    proxy = await startMockProxy(mockBase, {
      respond: (path) =>
        path === '/wxa/getwxacodeunlimit' ? { errcode: 45009, errmsg: 'reach max api daily quota limit' } : undefined,
    });
    t = await buildTestApp({ WECHAT_API_BASE: proxy.base });
    who = await loginAdmins(t.app);
    await putQrItem(t, who);
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
  });

  it('still answers 201 with the QR PNG, without wxacode', async () => {
    const res = await createQr(t.app, who, { kind: 'item', target: 'QR-ITEM' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      token: expect.any(String),
      url: expect.stringContaining('/q/'),
      png: expect.stringMatching(/^data:image\/png;base64,/),
    });
    expect(await qrcodeModel(t.app.db).countDocuments()).toBe(1);
  });
});

describe('POST /admin/qrcodes and the WeChat server token', () => {
  let t: TestApp;
  let proxy: MockProxy;
  let who: Admins;
  const paths: string[] = [];
  beforeAll(async () => {
    proxy = await startMockProxy(process.env.ONETRIP_TEST_MOCK_BASE!, {
      respond: (path) => {
        paths.push(path);
        return undefined;
      },
    });
    t = await buildTestApp({ WECHAT_API_BASE: proxy.base });
    who = await loginAdmins(t.app);
    await putQrItem(t, who);
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
  });

  it('fetches the access token once for several mini-program codes (WeChat limits token requests per day)', async () => {
    paths.length = 0;
    for (let n = 0; n < 3; n += 1) {
      const res = await createQr(t.app, who, { kind: 'item', target: 'QR-ITEM' });
      expect(res.statusCode).toBe(201);
      expect(res.json().wxacode).toMatch(/^data:image\/png;base64,/);
    }
    expect(paths.filter((p) => p === '/wxa/getwxacodeunlimit')).toHaveLength(3);
    expect(paths.filter((p) => p === '/cgi-bin/token')).toHaveLength(1);
  });
});
