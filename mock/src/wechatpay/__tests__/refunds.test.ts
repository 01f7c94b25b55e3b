import { type FastifyInstance } from 'fastify';
import { MCHID, buildPayTestApp, placeOrder, signedInject } from '../../testing/wechatpay';

const REFUNDS = '/v3/refund/domestic/refunds';

describe('POST /v3/refund/domestic/refunds', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());

  const paidOrder = async () => {
    const { outTradeNo } = await placeOrder(app);
    await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${outTradeNo}`, payload: { notify: false } });
    return outTradeNo;
  };
  const refund = (outTradeNo: string, refundAmount: number, outRefundNo = `R${outTradeNo}`, total = 1250) =>
    signedInject(app, 'POST', REFUNDS, {
      out_trade_no: outTradeNo,
      out_refund_no: outRefundNo,
      reason: '办件未受理，全额退款',
      amount: { refund: refundAmount, total, currency: 'CNY' },
    });
  const tradeState = async (no: string) =>
    (await signedInject(app, 'GET', `/v3/pay/transactions/out-trade-no/${no}?mchid=${MCHID}`)).json().trade_state;

  it('refunds at once (SUCCESS) and the order becomes REFUND', async () => {
    const no = await paidOrder();
    const res = await refund(no, 1250);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      refund_id: expect.stringMatching(/^50\d{27}$/),
      out_refund_no: `R${no}`,
      transaction_id: expect.stringMatching(/^4200/),
      out_trade_no: no,
      channel: 'ORIGINAL',
      user_received_account: '支付用户零钱',
      success_time: expect.stringMatching(/\+08:00$/),
      create_time: expect.stringMatching(/\+08:00$/),
      status: 'SUCCESS',
      funds_account: 'AVAILABLE',
      amount: {
        total: 1250,
        refund: 1250,
        payer_total: 1250,
        payer_refund: 1250,
        settlement_total: 1250,
        settlement_refund: 1250,
        discount_refund: 0,
        currency: 'CNY',
        refund_fee: 0,
      },
    });
    expect(await tradeState(no)).toBe('REFUND');
    const found = await signedInject(app, 'GET', `${REFUNDS}/R${no}`);
    expect(found.json()).toEqual(res.json());
  });

  it('is idempotent by out_refund_no, and refuses the same number with another amount', async () => {
    const no = await paidOrder();
    const first = (await refund(no, 500)).json();
    expect((await refund(no, 500)).json()).toEqual(first);
    const changed = await refund(no, 600);
    expect(changed.statusCode).toBe(400);
    expect(changed.json().code).toBe('INVALID_REQUEST');
  });

  it('allows partial refunds up to the total, then refuses', async () => {
    const no = await paidOrder();
    expect((await refund(no, 1000, `${no}a`)).statusCode).toBe(200);
    const over = await refund(no, 251, `${no}b`);
    expect(over.statusCode).toBe(400);
    expect(over.json()).toEqual({ code: 'INVALID_REQUEST', message: '申请退款金额超过订单可退金额' });
    expect((await refund(no, 250, `${no}c`)).statusCode).toBe(200);
  });

  it('refuses more than the total, a wrong total, an unpaid order and an unknown one', async () => {
    const no = await paidOrder();
    expect((await refund(no, 1251)).statusCode).toBe(400);
    expect((await refund(no, 100, `${no}x`, 9999)).json().code).toBe('INVALID_REQUEST');
    const { outTradeNo: unpaid } = await placeOrder(app);
    const res = await refund(unpaid, 100);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'INVALID_REQUEST', message: expect.stringContaining('未支付') });
    expect(await tradeState(unpaid)).toBe('NOTPAY');
    const unknown = await refund('OT_no_such_order', 100);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('RESOURCE_NOT_EXISTS');
  });

  it('refuses bad parameters with PARAM_ERROR', async () => {
    const no = await paidOrder();
    const res = await signedInject(app, 'POST', REFUNDS, {
      out_trade_no: no,
      out_refund_no: `R${no}`,
      amount: { refund: 0, total: 1250, currency: 'CNY' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(
      expect.objectContaining({ code: 'PARAM_ERROR', detail: expect.objectContaining({ field: '/amount/refund' }) }),
    );
  });
});
