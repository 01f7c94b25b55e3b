import { type FastifyInstance } from 'fastify';
import { armScenario } from '../../testing/mock-app';
import { startReceiver, type Receiver } from '../../testing/receiver';
import {
  MCHID,
  buildPayTestApp,
  decryptResource,
  placeOrder,
  platformSignatureValid,
  signedInject,
  testPayKeys,
} from '../../testing/wechatpay';

describe('POST /__mock/wechatpay/pay/:outTradeNo', () => {
  let app: FastifyInstance;
  let receiver: Receiver;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());
  afterEach(() => receiver?.close());

  const pay = (no: string, payload: object = {}, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${no}`, payload, headers });
  const orderFor = async (statuses: number[] = [200]) => {
    receiver = await startReceiver(statuses);
    return (await placeOrder(app, `${receiver.base}/api/v1/payments/wechat/notify`)).outTradeNo;
  };
  const query = async (no: string) =>
    (await signedInject(app, 'GET', `/v3/pay/transactions/out-trade-no/${no}?mchid=${MCHID}`)).json();

  it('pays and posts a signed, encrypted TRANSACTION.SUCCESS to notify_url', async () => {
    const no = await orderFor();
    const res = await pay(no);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ paid: true, notified: 200, attempts: 1 });

    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    if (!got) throw new Error('nothing received');
    expect(got.url).toBe('/api/v1/payments/wechat/notify');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['wechatpay-serial']).toBe(testPayKeys().platformKeyId);
    expect(got.headers['wechatpay-signature-type']).toBe('WECHATPAY2-SHA256-RSA2048');
    expect(platformSignatureValid(got.headers, got.body)).toBe(true);

    const event = JSON.parse(got.body);
    expect(event).toEqual({
      id: expect.any(String),
      create_time: expect.stringMatching(/\+08:00$/),
      resource_type: 'encrypt-resource',
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      resource: {
        original_type: 'transaction',
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: expect.any(String),
        associated_data: 'transaction',
        nonce: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
      },
    });
    const transaction = decryptResource(event.resource);
    expect(transaction).toEqual(await query(no));
    expect(transaction).toEqual(
      expect.objectContaining({ trade_state: 'SUCCESS', amount: expect.objectContaining({ total: 1250 }) }),
    );
    expect(() => decryptResource({ ...event.resource, associated_data: 'refund' })).toThrow();

    const list = await app.inject({ method: 'GET', url: '/__mock/wechatpay/orders', query: { out_trade_no: no } });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        out_trade_no: no,
        trade_state: 'SUCCESS',
        notifications: [{ id: event.id, at: expect.any(String), tamper: null, status: 200, attempts: 1 }],
      }),
    ]);
  });

  it('retries while notify_url answers non-2xx, resending the same bytes', async () => {
    const no = await orderFor([500, 503, 200]);
    expect((await pay(no)).json()).toEqual({ paid: true, notified: 200, attempts: 3 });
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
  });

  it('gives up after the attempts (default 3, or as asked), answering the last status', async () => {
    const no = await orderFor([500]);
    expect((await pay(no, { attempts: 2 })).json()).toEqual({ paid: true, notified: 500, attempts: 2 });
    expect((await query(no)).trade_state).toBe('SUCCESS');
    const again = await app.inject({ method: 'POST', url: `/__mock/wechatpay/notify/${no}`, payload: {} });
    expect(again.json()).toEqual({ notified: 500, attempts: 3 });
  });

  it('answers notified: null when notify_url cannot be reached', async () => {
    const closed = await startReceiver();
    await closed.close();
    const { outTradeNo } = await placeOrder(app, `${closed.base}/notify`);
    expect((await pay(outTradeNo)).json()).toEqual({ paid: true, notified: null, attempts: 3 });
  });

  it('pays without notifying for {notify: false} and for notify-drop (header or armed)', async () => {
    const no1 = await orderFor();
    expect((await pay(no1, { notify: false })).json()).toEqual({ paid: true, notified: null, attempts: 0 });
    const no2 = (await placeOrder(app, `${receiver.base}/n`)).outTradeNo;
    expect((await pay(no2, {}, { 'x-mock-scenario': 'notify-drop' })).json().notified).toBeNull();
    const no3 = (await placeOrder(app, `${receiver.base}/n`)).outTradeNo;
    const no4 = (await placeOrder(app, `${receiver.base}/n`)).outTradeNo;
    await armScenario(app, { name: 'notify-drop', match: no4 });
    expect((await pay(no3)).json().notified).toBe(200);
    expect((await pay(no4)).json()).toEqual({ paid: true, notified: null, attempts: 0 });
    expect(receiver.received).toHaveLength(1);
    expect((await query(no4)).trade_state).toBe('SUCCESS');
  });

  it('refuses to pay twice (409 ORDERPAID), an unknown order (404) and an expired one (409)', async () => {
    const no = await orderFor();
    await pay(no);
    const twice = await pay(no);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toEqual({ code: 'ORDERPAID', message: expect.any(String) });
    expect((await pay('OT_unknown_9')).statusCode).toBe(404);
    const { outTradeNo } = await placeOrder(app, `${receiver.base}/n`, { time_expire: '2020-01-01T00:00:00+08:00' });
    const expired = await pay(outTradeNo);
    expect(expired.statusCode).toBe(409);
    expect(expired.json().code).toBe('ORDER_CLOSED');
    expect(receiver.received).toHaveLength(1);
  });

  it('re-sends the notification of a paid order as a new event of the same transaction', async () => {
    const no = await orderFor();
    await pay(no);
    const again = await app.inject({ method: 'POST', url: `/__mock/wechatpay/notify/${no}` });
    expect(again.json()).toEqual({ notified: 200, attempts: 1 });
    const [first, second] = receiver.received.map((r) => JSON.parse(r.body));
    expect(second.id).not.toBe(first.id);
    expect(decryptResource(second.resource)).toEqual(decryptResource(first.resource));
    const unpaid = (await placeOrder(app, `${receiver.base}/n`)).outTradeNo;
    const refused = await app.inject({ method: 'POST', url: `/__mock/wechatpay/notify/${unpaid}`, payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ORDER_NOT_PAID');
  });
});
