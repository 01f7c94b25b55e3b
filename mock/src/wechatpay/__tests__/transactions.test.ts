import { type FastifyInstance } from 'fastify';
import { armScenario } from '../../testing/mock-app';
import { MCHID, PAY_APPID, buildPayTestApp, jsapiBody, placeOrder, signedInject } from '../../testing/wechatpay';

const NOTIFY = 'https://bff.example.com/api/v1/payments/wechat/notify';
const JSAPI = '/v3/pay/transactions/jsapi';
const queryUrl = (no: string) => `/v3/pay/transactions/out-trade-no/${no}?mchid=${MCHID}`;
const closeUrl = (no: string) => `/v3/pay/transactions/out-trade-no/${no}/close`;

describe('POST /v3/pay/transactions/jsapi', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());

  const jsapi = (body: unknown, headers: Record<string, string> = {}) =>
    signedInject(app, 'POST', JSAPI, body, {}, headers);

  it('gives a prepay_id and keeps the order as NOTPAY', async () => {
    const body = jsapiBody(NOTIFY, { attach: 'case-1', time_expire: '2099-01-01T10:00:00+08:00' });
    const res = await jsapi(body);
    expect(res.statusCode).toBe(200);
    const { prepay_id } = res.json();
    const query = await signedInject(app, 'GET', queryUrl(String(body.out_trade_no)));
    expect(query.statusCode).toBe(200);
    expect(query.json()).toEqual({
      appid: PAY_APPID,
      mchid: MCHID,
      out_trade_no: body.out_trade_no,
      trade_type: 'JSAPI',
      trade_state: 'NOTPAY',
      trade_state_desc: '订单未支付',
      attach: 'case-1',
      payer: { openid: 'openid_alice' },
      amount: { total: 1250, currency: 'CNY' },
    });
    const page = await app.inject({ method: 'GET', url: `/__mock/wechatpay/prepay/${prepay_id}` });
    expect(page.json()).toEqual({
      out_trade_no: body.out_trade_no,
      amount: 1250,
      description: '一次办-营业执照办理费',
      trade_state: 'NOTPAY',
    });
  });

  it('gives the same prepay_id for the same order again, and refuses a changed one', async () => {
    const body = jsapiBody(NOTIFY);
    const first = (await jsapi(body)).json().prepay_id;
    expect((await jsapi(body)).json().prepay_id).toBe(first);
    const changed = await jsapi({ ...body, amount: { total: 1300 } });
    expect(changed.statusCode).toBe(400);
    expect(changed.json()).toEqual({ code: 'INVALID_REQUEST', message: '201 商户订单号重复' });
  });

  it('refuses an order number that was paid or closed', async () => {
    const paid = jsapiBody(NOTIFY);
    await jsapi(paid);
    await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${paid.out_trade_no}`, payload: { notify: false } });
    expect((await jsapi(paid)).json()).toEqual({ code: 'ORDERPAID', message: expect.any(String) });
    const closed = jsapiBody(NOTIFY);
    await jsapi(closed);
    await signedInject(app, 'POST', closeUrl(String(closed.out_trade_no)), { mchid: MCHID });
    expect((await jsapi(closed)).json().code).toBe('ORDER_CLOSED');
  });

  it.each([
    ['/out_trade_no', { out_trade_no: 'abc' }],
    ['/out_trade_no', { out_trade_no: 'has space 123' }],
    ['/out_trade_no', { out_trade_no: 'x'.repeat(33) }],
    ['/amount/total', { amount: { total: 0 } }],
    ['/amount/total', { amount: { total: 12.5 } }],
    ['/amount/currency', { amount: { total: 1, currency: 'USD' } }],
    ['/payer/openid', { payer: {} }],
    ['/description', { description: '' }],
    ['/description', { description: '办'.repeat(43) }],
    ['/notify_url', { notify_url: 'http://bff.example.com/notify' }],
    ['/notify_url', { notify_url: 'https://bff.example.com/notify?case=1' }],
    ['/notify_url', { notify_url: 'not a url' }],
    ['/time_expire', { time_expire: '2099-01-01 10:00:00' }],
  ])('refuses a bad %s with 400 PARAM_ERROR', async (field, change) => {
    const res = await jsapi(jsapiBody(NOTIFY, change));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('PARAM_ERROR');
    expect(body.detail).toEqual(expect.objectContaining({ location: 'body', field, issue: expect.any(String) }));
  });

  it('accepts a local http notify_url and a 42-character Chinese description', async () => {
    const body = jsapiBody('http://127.0.0.1:3000/api/v1/payments/wechat/notify', { description: '办'.repeat(42) });
    expect((await jsapi(body)).statusCode).toBe(200);
  });

  it('refuses malformed JSON with PARAM_ERROR', async () => {
    const res = await app.inject({
      method: 'POST',
      url: JSAPI,
      payload: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('PARAM_ERROR');
  });

  it('refuses another appid or mchid with APPID_MCHID_NOT_MATCH', async () => {
    for (const change of [{ appid: 'wx_other' }, { mchid: '1900000002' }]) {
      const res = await jsapi(jsapiBody(NOTIFY, change));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ code: 'APPID_MCHID_NOT_MATCH', message: expect.any(String) });
    }
  });

  it('acts out pay-busy by header and when armed (match on the body, path for a query)', async () => {
    const busy = await jsapi(jsapiBody(NOTIFY), { 'x-mock-scenario': 'pay-busy' });
    expect(busy.statusCode).toBe(500);
    expect(busy.json()).toEqual({ code: 'SYSTEM_ERROR', message: expect.any(String) });
    await armScenario(app, { name: 'pay-busy', match: 'openid_bob' });
    expect((await jsapi(jsapiBody(NOTIFY))).statusCode).toBe(200);
    expect((await jsapi(jsapiBody(NOTIFY, { payer: { openid: 'openid_bob' } }))).statusCode).toBe(500);
    const { outTradeNo } = await placeOrder(app, NOTIFY);
    await armScenario(app, { name: 'pay-busy', path: `/v3/pay/transactions/out-trade-no/${outTradeNo}` });
    expect((await jsapi(jsapiBody(NOTIFY))).statusCode).toBe(200);
    expect((await signedInject(app, 'GET', queryUrl(outTradeNo))).statusCode).toBe(500);
    expect((await signedInject(app, 'GET', queryUrl(outTradeNo))).statusCode).toBe(200);
  });
});

describe('query and close', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());

  it('shows a paid order with transaction id, bank and payer amounts, also by transaction id', async () => {
    const { outTradeNo } = await placeOrder(app);
    await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${outTradeNo}`, payload: { notify: false } });
    const res = await signedInject(app, 'GET', queryUrl(outTradeNo));
    const tx = res.json();
    expect(tx).toEqual(
      expect.objectContaining({
        out_trade_no: outTradeNo,
        transaction_id: expect.stringMatching(/^4200\d{24}$/),
        trade_state: 'SUCCESS',
        trade_state_desc: '支付成功',
        bank_type: 'OTHERS',
        success_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
        amount: { total: 1250, payer_total: 1250, currency: 'CNY', payer_currency: 'CNY' },
      }),
    );
    const byId = await signedInject(app, 'GET', `/v3/pay/transactions/id/${tx.transaction_id}?mchid=${MCHID}`);
    expect(byId.json()).toEqual(tx);
  });

  it('answers 404 ORDER_NOT_EXIST for an unknown order, 400 without mchid', async () => {
    const res = await signedInject(app, 'GET', queryUrl('OT_unknown_1'));
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'ORDER_NOT_EXIST', message: expect.any(String) });
    const noMchid = await signedInject(app, 'GET', '/v3/pay/transactions/out-trade-no/OT_unknown_1');
    expect(noMchid.statusCode).toBe(400);
    expect(noMchid.json().code).toBe('PARAM_ERROR');
  });

  it('closes an unpaid order (204, twice) and then it cannot be paid', async () => {
    const { outTradeNo } = await placeOrder(app);
    for (let i = 0; i < 2; i += 1) {
      expect((await signedInject(app, 'POST', closeUrl(outTradeNo), { mchid: MCHID })).statusCode).toBe(204);
    }
    expect((await signedInject(app, 'GET', queryUrl(outTradeNo))).json().trade_state).toBe('CLOSED');
    const pay = await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${outTradeNo}`, payload: {} });
    expect(pay.statusCode).toBe(409);
    expect(pay.json().code).toBe('ORDER_CLOSED');
  });

  it('refuses to close a paid order with ORDERPAID, an unknown one with 404', async () => {
    const { outTradeNo } = await placeOrder(app);
    await app.inject({ method: 'POST', url: `/__mock/wechatpay/pay/${outTradeNo}`, payload: { notify: false } });
    const res = await signedInject(app, 'POST', closeUrl(outTradeNo), { mchid: MCHID });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'ORDERPAID', message: expect.any(String) });
    expect((await signedInject(app, 'POST', closeUrl('OT_unknown_2'), { mchid: MCHID })).statusCode).toBe(404);
  });
});
