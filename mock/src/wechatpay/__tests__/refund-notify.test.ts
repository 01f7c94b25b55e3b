import { type FastifyInstance } from 'fastify';
import { setImmediate as tick } from 'node:timers/promises';
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

const REFUNDS = '/v3/refund/domestic/refunds';

interface RefundView {
  out_refund_no: string;
  notify_url?: string;
  notifications: { id: string; tamper: string | null; status: number | null; attempts: number }[];
}

describe('REFUND.SUCCESS notifications', () => {
  let app: FastifyInstance;
  let receiver: Receiver | undefined;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  /** A paid order whose notifications go to this test's receiver (started on first use). */
  const paidOrder = async (statuses: number[] = [200]) => {
    receiver ??= await startReceiver(statuses);
    const { outTradeNo } = await placeOrder(app, `${receiver.base}/api/v1/payments/wechat/notify`);
    await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${outTradeNo}`, payload: { notify: false } });
    return outTradeNo;
  };
  const refund = (no: string, headers: Record<string, string> = {}, notifyUrl?: string) =>
    signedInject(
      app,
      'POST',
      REFUNDS,
      {
        out_trade_no: no,
        out_refund_no: `R${no}`,
        reason: '申请已撤回，全额退款',
        notify_url: notifyUrl ?? `${receiver?.base}/api/v1/payments/wechat/refund-notify`,
        amount: { refund: 1250, total: 1250, currency: 'CNY' },
      },
      {},
      headers,
    );
  const refundView = async (no: string): Promise<RefundView> => {
    const res = await app.inject({ method: 'GET', url: '/__mock/wechatpay/orders', query: { out_trade_no: no } });
    const [order] = res.json<{ items: { refunds: RefundView[] }[] }>().items;
    const [view] = order?.refunds ?? [];
    if (!view) throw new Error(`no refund for ${no}`);
    return view;
  };
  /** The notification goes out after the answer: wait until the simulator has recorded `count` deliveries. */
  const delivered = async (no: string, count = 1): Promise<RefundView> => {
    for (;;) {
      const view = await refundView(no);
      if (view.notifications.length >= count) return view;
      await tick();
    }
  };
  const received = () => receiver?.received ?? [];
  const resend = (outRefundNo: string, payload: object = {}) =>
    app.inject({ method: 'POST', url: `/__mock/wechatpay/refund-notify/${outRefundNo}`, payload });

  it('posts a signed, encrypted REFUND.SUCCESS to the refund notify_url after answering', async () => {
    const no = await paidOrder();
    const res = await refund(no);
    expect(res.statusCode).toBe(200);
    const view = await delivered(no);
    expect(view.notify_url).toBe(`${receiver?.base}/api/v1/payments/wechat/refund-notify`);
    expect(view.notifications).toEqual([
      { id: expect.any(String), at: expect.any(String), tamper: null, status: 200, attempts: 1 },
    ]);

    expect(received()).toHaveLength(1);
    const [got] = received();
    if (!got) throw new Error('nothing received');
    expect(got.url).toBe('/api/v1/payments/wechat/refund-notify');
    expect(got.headers['wechatpay-serial']).toBe(testPayKeys().platformKeyId);
    expect(platformSignatureValid(got.headers, got.body)).toBe(true);
    const event = JSON.parse(got.body);
    expect(event).toEqual({
      id: view.notifications[0]?.id,
      create_time: expect.stringMatching(/\+08:00$/),
      resource_type: 'encrypt-resource',
      event_type: 'REFUND.SUCCESS',
      summary: '退款成功',
      resource: {
        original_type: 'refund',
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: expect.any(String),
        associated_data: 'refund',
        nonce: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
      },
    });
    const answer = res.json();
    expect(decryptResource(event.resource)).toEqual({
      mchid: MCHID,
      out_trade_no: no,
      transaction_id: answer.transaction_id,
      out_refund_no: `R${no}`,
      refund_id: answer.refund_id,
      refund_status: 'SUCCESS',
      success_time: answer.success_time,
      user_received_account: '支付用户零钱',
      amount: { total: 1250, refund: 1250, payer_total: 1250, payer_refund: 1250 },
    });
    expect(() => decryptResource({ ...event.resource, associated_data: 'transaction' })).toThrow();
  });

  it('refund-processing: PROCESSING and silent until the control says the bank is done, then SUCCESS and notified', async () => {
    const no = await paidOrder();
    await armScenario(app, { name: 'refund-processing', match: `R${no}` });
    const res = await refund(no);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'PROCESSING', out_refund_no: `R${no}` });
    expect(res.json().success_time).toBeUndefined();
    const queried = await signedInject(app, 'GET', `${REFUNDS}/R${no}`);
    expect(queried.json()).toMatchObject({ status: 'PROCESSING' });
    // The same request again is the same refund, still processing; nothing is sent meanwhile.
    expect((await refund(no)).json()).toMatchObject({ status: 'PROCESSING' });
    for (let i = 0; i < 20; i++) await tick();
    expect((await refundView(no)).notifications).toEqual([]);

    const fired = await resend(`R${no}`);
    expect(fired.json()).toEqual({ notified: 200, attempts: 1 });
    const [got] = received();
    if (!got) throw new Error('nothing received');
    expect(decryptResource(JSON.parse(got.body).resource)).toMatchObject({
      out_refund_no: `R${no}`,
      refund_status: 'SUCCESS',
      success_time: expect.stringMatching(/\+08:00$/),
    });
    expect((await signedInject(app, 'GET', `${REFUNDS}/R${no}`)).json()).toMatchObject({ status: 'SUCCESS' });
  });

  it('retries while the receiver answers non-2xx, the same bytes each time', async () => {
    const no = await paidOrder([500, 200]);
    await refund(no);
    const view = await delivered(no);
    expect(view.notifications[0]).toEqual(expect.objectContaining({ status: 200, attempts: 2 }));
    expect(received()).toHaveLength(2);
    expect(received()[1]?.body).toBe(received()[0]?.body);
  });

  it('sends nothing more for a repeated request, none without notify_url, none under notify-drop', async () => {
    const no = await paidOrder();
    await refund(no);
    await delivered(no);
    expect((await refund(no)).statusCode).toBe(200);

    const bare = await paidOrder();
    const quiet = await signedInject(app, 'POST', REFUNDS, {
      out_trade_no: bare,
      out_refund_no: `R${bare}`,
      amount: { refund: 1250, total: 1250, currency: 'CNY' },
    });
    expect(quiet.statusCode).toBe(200);
    const noUrl = await resend(`R${bare}`);
    expect(noUrl.statusCode).toBe(409);
    expect(noUrl.json().code).toBe('NO_NOTIFY_URL');

    const dropped = await paidOrder();
    expect((await refund(dropped, { 'x-mock-scenario': 'notify-drop' })).statusCode).toBe(200);
    const armed = await paidOrder();
    await armScenario(app, { name: 'notify-drop', match: `R${armed}` });
    expect((await refund(armed)).statusCode).toBe(200);
    // A refund sent afterwards is notified: had the dropped ones been queued, they would have arrived first.
    const later = await paidOrder();
    await refund(later);
    await delivered(later);
    const refundNos = received().map((r) => (decryptResource(JSON.parse(r.body).resource) as RefundView).out_refund_no);
    expect(refundNos).toEqual([`R${no}`, `R${later}`]);
    expect((await refundView(dropped)).notifications).toEqual([]);
    expect((await refundView(armed)).notifications).toEqual([]);
    const queried = await signedInject(app, 'GET', `${REFUNDS}/R${armed}`);
    expect(queried.json().status).toBe('SUCCESS');
  });

  it('re-sends on request as a new event of the same refund, or broken in one way', async () => {
    const no = await paidOrder();
    await refund(no, { 'x-mock-scenario': 'notify-drop' });
    expect((await resend(`R${no}`)).json()).toEqual({ notified: 200, attempts: 1 });
    expect((await resend(`R${no}`, { tamper: 'amount', attempts: 1 })).json()).toEqual({ notified: 200, attempts: 1 });
    expect((await resend(`R${no}`, { tamper: 'signature', attempts: 1 })).json().notified).toBe(200);
    const [first, second, forged] = received();
    if (!first || !second || !forged) throw new Error('missing notifications');
    const a = JSON.parse(first.body);
    const b = JSON.parse(second.body);
    expect(b.id).not.toBe(a.id);
    expect(decryptResource(b.resource)).toEqual(
      expect.objectContaining({ amount: { total: 1250, refund: 1251, payer_total: 1250, payer_refund: 1251 } }),
    );
    expect(platformSignatureValid(second.headers, second.body)).toBe(true);
    expect(platformSignatureValid(forged.headers, forged.body)).toBe(false);
    expect((await refundView(no)).notifications.map((n) => n.tamper)).toEqual([null, 'amount', 'signature']);
    expect((await resend('R_no_such_refund')).statusCode).toBe(404);
    expect((await resend(`R${no}`, { tamper: 'nope' })).statusCode).toBe(400);
  });
});
