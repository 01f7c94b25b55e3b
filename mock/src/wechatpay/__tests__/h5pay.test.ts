import { type FastifyInstance } from 'fastify';
import { armScenario } from '../../testing/mock-app';
import { startReceiver, type Receiver } from '../../testing/receiver';
import { MCHID, buildPayTestApp, placeOrder, signedInject } from '../../testing/wechatpay';

const BACK = 'http://127.0.0.1:10086/#/pages/pay/result?id=p1';

describe('H5 cashier page', () => {
  let app: FastifyInstance;
  let receiver: Receiver;
  beforeAll(async () => {
    app = await buildPayTestApp({ merchantName: '某某县政务服务中心' });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
  });

  const order = (overrides: Record<string, unknown> = {}) => placeOrder(app, `${receiver.base}/notify`, overrides);
  const page = (query: Record<string, string>) => app.inject({ method: 'GET', url: '/__mock/wechatpay/h5pay', query });
  const confirm = (form: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/__mock/wechatpay/h5pay/confirm',
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  const tradeState = async (no: string) =>
    (await signedInject(app, 'GET', `/v3/pay/transactions/out-trade-no/${no}?mchid=${MCHID}`)).json().trade_state;

  it('shows amount in yuan, merchant, description, 确认支付 and 取消', async () => {
    const { prepayId } = await order({ amount: { total: 1250 } });
    const res = await page({ prepay_id: prepayId, redirect: BACK });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<span id="mock-pay-amount">12.50</span>');
    expect(res.body).toContain('某某县政务服务中心');
    expect(res.body).toContain('一次办-营业执照办理费');
    expect(res.body).toMatch(/<button[^>]*id="mock-pay-confirm"[^>]*>确认支付<\/button>/);
    expect(res.body).toMatch(/<a[^>]*id="mock-pay-cancel"[^>]*>取消<\/a>/);
    expect(res.body).toContain('action="/__mock/wechatpay/h5pay/confirm"');
    expect(res.body).toContain(`name="prepay_id" value="${prepayId}"`);
  });

  it('escapes what it echoes', async () => {
    const { prepayId } = await order({ description: '<script>alert(1)</script>' });
    const res = await page({ prepay_id: prepayId, redirect: `${BACK}&x="><script>` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>');
  });

  it('确认支付 pays, notifies and goes back to redirect (303)', async () => {
    const { outTradeNo, prepayId } = await order();
    const before = receiver.received.length;
    const res = await confirm({ prepay_id: prepayId, redirect: BACK });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(BACK);
    expect(await tradeState(outTradeNo)).toBe('SUCCESS');
    expect(receiver.received).toHaveLength(before + 1);
    const again = await page({ prepay_id: prepayId, redirect: BACK });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('id="mock-pay-error"');
    expect(again.body).toContain(`id="mock-pay-back" href="${BACK.replace(/&/g, '&#38;')}"`);
    expect((await confirm({ prepay_id: prepayId, redirect: BACK })).statusCode).toBe(409);
  });

  it('shows 支付成功 when there is nowhere to go back to', async () => {
    const { prepayId } = await order();
    const res = await confirm({ prepay_id: prepayId });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('id="mock-pay-done"');
  });

  it('honours an armed notify-drop matching the prepay_id', async () => {
    const { outTradeNo, prepayId } = await order();
    await armScenario(app, { name: 'notify-drop', match: prepayId });
    const before = receiver.received.length;
    expect((await confirm({ prepay_id: prepayId, redirect: BACK })).statusCode).toBe(303);
    expect(receiver.received).toHaveLength(before);
    expect(await tradeState(outTradeNo)).toBe('SUCCESS');
  });

  it.each([
    ['an unknown prepay_id', () => ({ prepay_id: 'wx_nope', redirect: BACK })],
    ['no prepay_id', () => ({ redirect: BACK })],
    ['an outside redirect', (id: string) => ({ prepay_id: id, redirect: 'https://evil.example.com/' })],
    ['a javascript: redirect', (id: string) => ({ prepay_id: id, redirect: 'javascript:alert(1)' })],
  ])('refuses %s with a 400 page, paying nothing', async (_label, query: (id: string) => Record<string, string>) => {
    const { outTradeNo, prepayId } = await order();
    for (const res of [await page(query(prepayId)), await confirm(query(prepayId))]) {
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="mock-pay-error"');
      expect(res.headers.location).toBeUndefined();
    }
    expect(await tradeState(outTradeNo)).toBe('NOTPAY');
  });

  it('serves the order summary the page uses, 404 for an unknown prepay_id', async () => {
    const { prepayId } = await order();
    expect((await app.inject({ method: 'GET', url: `/__mock/wechatpay/prepay/${prepayId}` })).json().amount).toBe(1250);
    const res = await app.inject({ method: 'GET', url: '/__mock/wechatpay/prepay/wx_nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ORDER_NOT_EXIST');
  });
});
