import { createCipheriv, createVerify, randomBytes } from 'node:crypto';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { WechatPayRefused } from '../../../plugins/app/wechat-pay';

/** The WeChat Pay client (plugins/app/wechat-pay.ts) against the simulator started by the jest global setup. */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const run = randomBytes(4).toString('hex');
const orderNo = (n: number) => `OTCLIENT${run}${n}`;
const jsapi = (n: number, openid = `openid_client_${run}`) =>
  t.app.wechatPay.jsapi({ outTradeNo: orderNo(n), description: '一次办-测试', amount: 1250, openid });
const mock = (method: string, path: string, body?: unknown) =>
  fetch(`${t.mockBase}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('WeChat Pay client', () => {
  it('places a JSAPI order and returns requestPayment parameters signed with the merchant key', async () => {
    const { prepayId, requestPayment } = await jsapi(1);
    expect(prepayId).toMatch(/^wx\d{14}[0-9a-f]{20}$/);
    expect(requestPayment).toEqual({
      timeStamp: expect.stringMatching(/^\d{10}$/),
      nonceStr: expect.any(String),
      package: `prepay_id=${prepayId}`,
      signType: 'RSA',
      paySign: expect.any(String),
    });
    const message = `${t.app.wechatPay.appid}\n${requestPayment.timeStamp}\n${requestPayment.nonceStr}\n${requestPayment.package}\n`;
    const publicKey = process.env.WECHATPAY_PUBLIC_KEY ?? '';
    expect(createVerify('RSA-SHA256').update(message).verify(publicKey, requestPayment.paySign, 'base64')).toBe(true);
    const orders = (await (await mock('GET', `/__mock/wechatpay/orders?out_trade_no=${orderNo(1)}`)).json()) as {
      items: unknown[];
    };
    expect(orders.items[0]).toMatchObject({
      amount: { total: 1250 },
      notify_url: t.app.config.WECHATPAY_NOTIFY_URL,
      trade_state: 'NOTPAY',
    });
  });

  it('placing the same order again gives the same prepay id', async () => {
    const first = await jsapi(2);
    await expect(jsapi(2)).resolves.toMatchObject({ prepayId: first.prepayId });
  });

  it('queries and closes an order; an unknown order is ORDER_NOT_EXIST', async () => {
    await jsapi(3);
    await expect(t.app.wechatPay.query(orderNo(3))).resolves.toMatchObject({
      out_trade_no: orderNo(3),
      trade_state: 'NOTPAY',
      amount: { total: 1250 },
    });
    await t.app.wechatPay.close(orderNo(3));
    await expect(t.app.wechatPay.query(orderNo(3))).resolves.toMatchObject({ trade_state: 'CLOSED' });
    await expect(t.app.wechatPay.query(`${orderNo(3)}x`)).rejects.toEqual(
      expect.objectContaining({ code: 'ORDER_NOT_EXIST', status: 404 }),
    );
  });

  it('closing a paid order is ORDERPAID', async () => {
    await jsapi(4);
    expect((await mock('POST', `/__mock/wechatpay/pay/${orderNo(4)}`, { notify: false })).status).toBe(200);
    const refused = await t.app.wechatPay.close(orderNo(4)).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(WechatPayRefused);
    expect(refused).toMatchObject({ code: 'ORDERPAID' });
  });

  it('answers 503 UPSTREAM_UNAVAILABLE when WeChat Pay is busy (pay-busy)', async () => {
    const openid = `openid_busy_${run}`;
    await mock('PUT', '/__mock/scenario', { name: 'pay-busy', match: openid });
    await expect(jsapi(5, openid)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', statusCode: 503 });
  });

  it('decrypts AES-256-GCM resources and refuses a wrong tag or associated data', () => {
    const key = Buffer.from(process.env.WECHATPAY_APIV3_KEY ?? '');
    const nonce = 'abcdefghijkl';
    const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(nonce)).setAAD(Buffer.from('transaction'));
    const sealed = Buffer.concat([cipher.update('{"ok":true}'), cipher.final(), cipher.getAuthTag()]);
    const resource = { ciphertext: sealed.toString('base64'), nonce, associated_data: 'transaction' };
    expect(t.app.wechatPay.decrypt(resource)).toBe('{"ok":true}');
    expect(() => t.app.wechatPay.decrypt({ ...resource, associated_data: 'certificate' })).toThrow();
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(() => t.app.wechatPay.decrypt({ ...resource, ciphertext: flipped.toString('base64') })).toThrow();
  });
});

describe('WeChat Pay client, unreachable or not configured', () => {
  it('answers 503 when the API cannot be reached', async () => {
    const down = await buildTestApp({ WECHATPAY_API_BASE: 'http://127.0.0.1:9' });
    try {
      await expect(down.app.wechatPay.query('OTDOWN000001')).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    } finally {
      await down.close();
    }
  });

  it('starts without keys in test and answers 503 支付暂不可用', async () => {
    const none = Object.fromEntries(
      ['SERIAL_NO', 'PRIVATE_KEY', 'PUBLIC_KEY', 'APIV3_KEY', 'PLATFORM_KEY_ID', 'PLATFORM_PUBLIC_KEY'].map((k) => [
        `WECHATPAY_${k}`,
        '',
      ]),
    );
    const off = await buildTestApp(none);
    try {
      expect(off.app.wechatPay.available).toBe(false);
      await expect(off.app.wechatPay.query('OTOFF0000001')).rejects.toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        message: '支付暂不可用',
      });
    } finally {
      await off.close();
    }
  });
});
