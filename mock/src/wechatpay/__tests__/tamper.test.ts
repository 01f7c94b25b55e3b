import { type FastifyInstance } from 'fastify';
import { startReceiver, type Received, type Receiver } from '../../testing/receiver';
import {
  buildPayTestApp,
  decryptResource,
  placeOrder,
  platformSignatureValid,
  testPayKeys,
} from '../../testing/wechatpay';

/** Each broken notification must be wrong in exactly the way it says, and nothing else. */
describe('POST /__mock/wechatpay/notify/:outTradeNo {tamper}', () => {
  let app: FastifyInstance;
  let receiver: Receiver;
  let genuine: Received;
  let outTradeNo: string;
  beforeAll(async () => {
    app = await buildPayTestApp();
    receiver = await startReceiver([400]);
    outTradeNo = (await placeOrder(app, `${receiver.base}/notify`)).outTradeNo;
    await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${outTradeNo}`, payload: { attempts: 1 } });
    genuine = receiver.received[0] as Received;
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
  });

  const send = async (payload: object): Promise<Received> => {
    const before = receiver.received.length;
    const res = await app.inject({ method: 'POST', url: `/__mock/wechatpay/notify/${outTradeNo}`, payload });
    expect(res.json()).toEqual({ notified: 400, attempts: 1 });
    expect(receiver.received).toHaveLength(before + 1);
    return receiver.received[before] as Received;
  };
  const transactionIn = (r: Received) => decryptResource(JSON.parse(r.body).resource) as Record<string, unknown>;
  const ageOf = (r: Received) => Date.now() / 1000 - Number(r.headers['wechatpay-timestamp']);
  const keyId = testPayKeys().platformKeyId;

  it('the genuine one verifies', () => {
    expect(platformSignatureValid(genuine.headers, genuine.body)).toBe(true);
    expect(ageOf(genuine)).toBeLessThan(5);
  });

  it('signature: a well-formed signature that does not cover this body', async () => {
    const r = await send({ tamper: 'signature', attempts: 1 });
    expect(platformSignatureValid(r.headers, r.body)).toBe(false);
    expect(String(r.headers['wechatpay-signature'])).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(r.headers['wechatpay-serial']).toBe(keyId);
    expect(ageOf(r)).toBeLessThan(5);
    expect(transactionIn(r)).toEqual(transactionIn(genuine));
  });

  it('amount: correctly signed and encrypted, but another amount', async () => {
    const r = await send({ tamper: 'amount', attempts: 1 });
    expect(platformSignatureValid(r.headers, r.body)).toBe(true);
    const tx = transactionIn(r);
    expect(tx.amount).toEqual({ total: 1251, payer_total: 1251, currency: 'CNY', payer_currency: 'CNY' });
    expect({ ...tx, amount: null }).toEqual({ ...transactionIn(genuine), amount: null });
  });

  it('timestamp-old: correctly signed six minutes ago', async () => {
    const r = await send({ tamper: 'timestamp-old', attempts: 1 });
    expect(platformSignatureValid(r.headers, r.body)).toBe(true);
    expect(ageOf(r)).toBeGreaterThan(355);
    expect(ageOf(r)).toBeLessThan(370);
    expect(r.headers['wechatpay-serial']).toBe(keyId);
  });

  it('serial: correctly signed, but names an unknown platform key id', async () => {
    const r = await send({ tamper: 'serial', attempts: 1 });
    expect(platformSignatureValid(r.headers, r.body)).toBe(true);
    expect(r.headers['wechatpay-serial']).toMatch(/^PUB_KEY_ID_\d+$/);
    expect(r.headers['wechatpay-serial']).not.toBe(keyId);
  });

  it('signtest: a WECHATPAY/SIGNTEST/ probe signature', async () => {
    const r = await send({ tamper: 'signtest', attempts: 1 });
    expect(String(r.headers['wechatpay-signature'])).toMatch(/^WECHATPAY\/SIGNTEST\//);
    expect(r.headers['wechatpay-serial']).toBe(keyId);
    expect(transactionIn(r)).toEqual(transactionIn(genuine));
  });

  it('pretty: a genuine notification with indented JSON (for receivers that re-serialise)', async () => {
    const r = await send({ pretty: true, attempts: 1 });
    expect(r.body).toContain('\n  "resource"');
    expect(platformSignatureValid(r.headers, r.body)).toBe(true);
    expect(platformSignatureValid(r.headers, JSON.stringify(JSON.parse(r.body)))).toBe(false);
  });

  it('records each delivery with its tamper and refuses an unknown tamper', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/__mock/wechatpay/notify/${outTradeNo}`,
      payload: { tamper: 'nope' },
    });
    expect(res.statusCode).toBe(400);
    const list = await app.inject({ method: 'GET', url: `/__mock/wechatpay/orders?out_trade_no=${outTradeNo}` });
    const tampers = list.json().items[0].notifications.map((n: { tamper: string | null }) => n.tamper);
    expect(tampers).toEqual([null, 'signature', 'amount', 'timestamp-old', 'serial', 'signtest', null]);
  });
});
