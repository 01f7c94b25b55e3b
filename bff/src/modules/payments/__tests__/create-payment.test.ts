import { type ApplicationView, type PaymentCreated } from '@onetrip/shared';
import { newKey, readyCase, resident, storedCase } from '../../applications/testing/cases';
import { Types } from 'mongoose';
import { wechatLogin } from '../../../../test/helpers/login-as';
import { FREE, pay, payWorld, submittedCase, type PayWorld } from '../testing/world';

let w: PayWorld;
let alice: Awaited<ReturnType<typeof resident>>;
let bob: Awaited<ReturnType<typeof resident>>;
beforeAll(async () => {
  w = await payWorld();
  [alice, bob] = await Promise.all([resident(w.app, 'pay_alice', '王丽'), resident(w.app, 'pay_bob', '李强')]);
});
afterAll(async () => {
  await w.t.close();
});

const paymentsOf = (caseId: string) => w.app.db.collection('payments').find({ caseId }).toArray();

describe('POST /applications/:id/payments', () => {
  let created: PaymentCreated;
  let caseId: string;

  it('places a JSAPI order for the case’s server-computed fee and records it on the case', async () => {
    const view = await submittedCase(w, alice);
    caseId = view.id;
    expect(view.fee.total).toBe(500);
    const res = await pay(w, alice, caseId);
    expect(res.statusCode).toBe(200);
    created = res.json<PaymentCreated>();
    expect(Object.keys(created).sort()).toEqual(['amount', 'outTradeNo', 'paymentId', 'requestPayment']);
    expect(Object.keys(created.requestPayment).sort()).toEqual([
      'nonceStr',
      'package',
      'paySign',
      'signType',
      'timeStamp',
    ]);
    expect(created).toMatchObject({ amount: 500, outTradeNo: `OT${caseId}01`, requestPayment: { signType: 'RSA' } });

    const stored = await storedCase(w.app, caseId);
    expect(stored?.payment).toMatchObject({
      id: created.paymentId,
      outTradeNo: created.outTradeNo,
      amount: 500,
      status: 'unpaid',
    });
    expect(stored?.timeline.at(-1)).toMatchObject({
      action: 'payment_created',
      actor: { role: 'resident', userId: alice.userId },
    });
    await expect(w.order(created.outTradeNo)).resolves.toMatchObject({
      trade_state: 'NOTPAY',
      amount: { total: 500 },
      payer: { openid: 'openid_case_pay_alice' },
    });
    await expect(paymentsOf(caseId)).resolves.toEqual([
      expect.objectContaining({ outTradeNo: created.outTradeNo, amount: 500, status: 'unpaid', attempt: 1 }),
    ]);
  });

  it('shows the payment on GET /applications/:id with contract fields only', async () => {
    const view = (await w.call(alice, 'GET', `/applications/${caseId}`)).json<ApplicationView>();
    expect(view.payment).toEqual({
      id: created.paymentId,
      outTradeNo: created.outTradeNo,
      amount: 500,
      status: 'unpaid',
    });
  });

  it('answers the same Idempotency-Key with the first answer, and refuses it for another case (422)', async () => {
    const other = await submittedCase(w, alice);
    const key = newKey();
    const first = await pay(w, alice, other.id, key);
    const again = await pay(w, alice, other.id, key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const reused = await pay(w, alice, caseId, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await expect(paymentsOf(other.id)).resolves.toHaveLength(1);
  });

  it('requires an Idempotency-Key (400) and takes no amount from the client (400), changing nothing', async () => {
    const view = await submittedCase(w, alice);
    const noKey = await w.call(alice, 'POST', `/applications/${view.id}/payments`, { payload: {} });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.code).toBe('VALIDATION_FAILED');
    const withAmount = await pay(w, alice, view.id, newKey(), { amount: 1 });
    expect(withAmount.statusCode).toBe(400);
    expect((await storedCase(w.app, view.id))?.payment).toBeNull();
    await expect(paymentsOf(view.id)).resolves.toHaveLength(0);
  });

  it('accepts no body at all', async () => {
    const view = await submittedCase(w, alice);
    const res = await w.call(alice, 'POST', `/applications/${view.id}/payments`, {
      headers: { 'idempotency-key': newKey() },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ amount: 500 });
  });

  it('re-uses the unpaid order on a new request: same order number, fresh signature', async () => {
    const again = await pay(w, alice, caseId);
    expect(again.statusCode).toBe(200);
    const body = again.json<PaymentCreated>();
    expect(body).toMatchObject({ paymentId: created.paymentId, outTradeNo: created.outTradeNo, amount: 500 });
    expect(body.requestPayment.package).toBe(created.requestPayment.package);
    await expect(paymentsOf(caseId)).resolves.toHaveLength(1);
  });

  it('answers 404 for another user’s case and changes nothing', async () => {
    const res = await pay(w, bob, caseId);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    await expect(paymentsOf(caseId)).resolves.toHaveLength(1);
  });

  it('answers 409 INVALID_STATE for a draft and when there is nothing to pay', async () => {
    const draft = await readyCase(w, alice);
    const early = await pay(w, alice, draft.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('INVALID_STATE');
    const free = await submittedCase(w, alice, FREE);
    expect(free.fee.total).toBe(0);
    const nothing = await pay(w, alice, free.id);
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error).toMatchObject({ code: 'INVALID_STATE', message: '该办件无需缴费' });
    expect((await storedCase(w.app, free.id))?.payment).toBeNull();
  });

  it('answers 409 已支付 once the case is paid', async () => {
    const paid = await w.mock('POST', `/__mock/wechatpay/pay/${created.outTradeNo}`, { attempts: 1 });
    expect(paid).toMatchObject({ status: 200, body: { paid: true, notified: 200 } });
    const res = await pay(w, alice, caseId);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', message: '已支付' });
  });

  it('answers 503 when WeChat Pay is busy, and the next request places the next attempt', async () => {
    const view = await submittedCase(w, bob);
    await w.mock('PUT', '/__mock/scenario', { name: 'pay-busy', match: 'openid_case_pay_bob' });
    const busy = await pay(w, bob, view.id);
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await storedCase(w.app, view.id))?.payment).toBeNull();
    const next = await pay(w, bob, view.id);
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ outTradeNo: `OT${view.id}02` });
  });

  it('on H5 places the order for the official-account openid of the user', async () => {
    const view = await submittedCase(w, bob);
    const h5 = await wechatLogin(w.app, 'case_pay_bob', 'h5');
    expect(h5.user.id).toBe(bob.userId);
    await w.app.db
      .collection('users')
      .updateOne({ _id: new Types.ObjectId(bob.userId) }, { $set: { h5Openid: 'oa_openid_bob' } });
    const res = await w.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${view.id}/payments`,
      headers: { authorization: `Bearer ${h5.accessToken}`, 'idempotency-key': newKey() },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    await expect(w.order(res.json<PaymentCreated>().outTradeNo)).resolves.toMatchObject({
      payer: { openid: 'oa_openid_bob' },
    });
    // Paying from the mini-program afterwards is another payer: the H5 order is closed, a new attempt placed.
    const weapp = await pay(w, bob, view.id);
    expect(weapp.json()).toMatchObject({ outTradeNo: `OT${view.id}02` });
    await expect(w.order(`OT${view.id}01`)).resolves.toMatchObject({ trade_state: 'CLOSED' });
  });

  it('answers 503 支付暂不可用 when the keys are not configured', async () => {
    const view = await submittedCase(w, alice);
    const original = w.app.wechatPay;
    Object.assign(w.app, { wechatPay: { ...original, available: false } });
    try {
      const res = await pay(w, alice, view.id);
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: '支付暂不可用' });
    } finally {
      Object.assign(w.app, { wechatPay: original });
    }
  });
});
