import { setImmediate as tick } from 'node:timers/promises';
import { type PaymentCreated } from '@onetrip/shared';
import { resident, storedCase } from '../../applications/testing/cases';
import { reconcileRefunds, refundIfPaid } from '../refund.service';
import { outRefundNoOf, refundsModel } from '../refunds.model';
import { applicationModel, type ApplicationRecord } from '../../applications';
import { act } from '../../staff/testing/world';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { pay, payWorld, submittedCase, type PayWorld } from '../testing/world';

interface MockRefund {
  out_refund_no: string;
  refund: number;
  notifications: { status: number | null; tamper: string | null }[];
}

let w: PayWorld;
let alice: Awaited<ReturnType<typeof resident>>;
/** staff of SIMPLE's department (县测试局) */
let clerk: LoggedIn;
/** another of that department: who accepts does not decide (受审分离) */
let decider: LoggedIn;
beforeAll(async () => {
  w = await payWorld();
  alice = await resident(w.app, 'refund_alice', '李娜');
  clerk = await loginAs(w.app, 'refund_clerk', { roles: ['staff'], department: '县测试局' });
  decider = await loginAs(w.app, 'refund_decider', { roles: ['staff'], department: '县测试局' });
});
afterAll(async () => {
  await w.t.close();
});

/** A submitted case the user has paid (the payment notification recorded it). */
async function paidCase(): Promise<{ caseId: string; outTradeNo: string; outRefundNo: string }> {
  const view = await submittedCase(w, alice);
  const res = await pay(w, alice, view.id);
  if (res.statusCode !== 200) throw new Error(`payment failed: ${res.statusCode} ${res.body}`);
  const { outTradeNo } = res.json<PaymentCreated>();
  const paid = await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {});
  expect(paid.body).toMatchObject({ paid: true, notified: 200 });
  return { caseId: view.id, outTradeNo, outRefundNo: outRefundNoOf(outTradeNo) };
}

const refundsAt = async (outTradeNo: string) =>
  ((await w.order(outTradeNo)) as unknown as { refunds: MockRefund[] }).refunds;
const actions = async (caseId: string) =>
  ((await storedCase(w.app, caseId))?.timeline as { action: string }[]).map((e) => e.action);
const outboxKinds = async (caseId: string) =>
  ((await storedCase(w.app, caseId))?.outbox as { kind: string }[]).map((e) => e.kind);
const count = (list: string[], value: string) => list.filter((v) => v === value).length;

/** The simulator notifies after answering: wait until it has recorded that delivery. */
async function notified(outTradeNo: string, times = 1): Promise<MockRefund> {
  for (;;) {
    const [refund] = await refundsAt(outTradeNo);
    if (refund && refund.notifications.length >= times) return refund;
    await tick();
  }
}
const resend = (outRefundNo: string, payload: object = {}) =>
  w.mock('POST', `/__mock/wechatpay/refund-notify/${outRefundNo}`, payload);

/** Refunded exactly once: one refund at WeChat Pay, one of each event, one message. */
async function expectRefundedOnce(c: { caseId: string; outTradeNo: string; outRefundNo: string }) {
  await expect(storedCase(w.app, c.caseId)).resolves.toMatchObject({ payment: { status: 'refunded' } });
  await expect(refundsAt(c.outTradeNo)).resolves.toEqual([
    expect.objectContaining({ out_refund_no: c.outRefundNo, refund: 500 }),
  ]);
  const done = await actions(c.caseId);
  expect(count(done, 'refund_requested')).toBe(1);
  expect(count(done, 'refunded')).toBe(1);
  expect(count(await outboxKinds(c.caseId), 'refunded')).toBe(1);
  await expect(refundsModel(w.app.db).findById(c.outRefundNo).lean()).resolves.toMatchObject({
    status: 'refunded',
    amount: 500,
    refundId: expect.stringMatching(/^50/),
  });
}

describe('a paid case that is withdrawn', () => {
  it('is refunded in full at once; the REFUND.SUCCESS that follows changes nothing', async () => {
    const c = await paidCase();
    const res = await w.call(alice, 'POST', `/applications/${c.caseId}/withdraw`, { payload: { reason: '不办了' } });
    expect(res.statusCode).toBe(200);
    await expectRefundedOnce(c);
    const stored = await storedCase(w.app, c.caseId);
    expect(stored?.timeline.slice(-2)).toEqual([
      expect.objectContaining({ action: 'refund_requested', actor: { role: 'system' } }),
      expect.objectContaining({ action: 'refunded', actor: { role: 'wechatpay' } }),
    ]);
    expect((await notified(c.outTradeNo)).notifications).toEqual([expect.objectContaining({ status: 200 })]);
    await expectRefundedOnce(c);
    const view = await w.call(alice, 'GET', `/applications/${c.caseId}`);
    expect(view.json().payment).toMatchObject({ status: 'refunded', amount: 500 });
  });

  it('answers duplicated notifications with success and changes nothing', async () => {
    const c = await paidCase();
    await w.call(alice, 'POST', `/applications/${c.caseId}/withdraw`, { payload: { reason: '不办了' } });
    await notified(c.outTradeNo);
    const before = await storedCase(w.app, c.caseId);
    const again = await Promise.all([resend(c.outRefundNo), resend(c.outRefundNo), resend(c.outRefundNo)]);
    expect(again.map((r) => r.body)).toEqual(Array(3).fill({ notified: 200, attempts: 1 }));
    const after = await storedCase(w.app, c.caseId);
    expect(after?.version).toBe(before?.version);
    await expectRefundedOnce(c);
  });
});

describe('a paid case the window will not serve', () => {
  it('is refunded when refused (不予受理); the answer carries the refunded version', async () => {
    const c = await paidCase();
    const version = (await storedCase(w.app, c.caseId))?.version as number;
    const res = await act(w, clerk, c.caseId, 'reject', version, { reason: '不属于本中心受理范围' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', payment: { status: 'refunded' } });
    expect(res.json().version).toBe((await storedCase(w.app, c.caseId))?.version);
    await expectRefundedOnce(c);
    const reason = (await refundsModel(w.app.db).findById(c.outRefundNo).lean())?.reason;
    expect(reason).toBe('申请不予受理，费用全额退还');
  });

  it('is refunded when its item is denied (不予许可)', async () => {
    const c = await paidCase();
    let version = (await storedCase(w.app, c.caseId))?.version as number;
    const accepted = await act(w, clerk, c.caseId, 'accept', version, { gaps: [] });
    expect(accepted.statusCode).toBe(200);
    version = accepted.json().version;
    const code = accepted.json().items[0].code as string;
    const res = await act(w, decider, c.caseId, `items/${code}/deny`, version, { reason: '不符合条件' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'denied' });
    await expectRefundedOnce(c);
  });
});

describe('a payment that arrives after the case was refused', () => {
  it('is recorded and refunded at once', async () => {
    const view = await submittedCase(w, alice);
    const res = await pay(w, alice, view.id);
    const { outTradeNo } = res.json<PaymentCreated>();
    const c = { caseId: view.id, outTradeNo, outRefundNo: outRefundNoOf(outTradeNo) };
    const version = (await storedCase(w.app, c.caseId))?.version as number;
    const rejected = await act(w, clerk, c.caseId, 'reject', version, { reason: '不属于本中心受理范围' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', payment: { status: 'unpaid' } });
    // The order placed before the refusal is still open at WeChat Pay, and the user pays it.
    expect((await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {})).body).toMatchObject({ notified: 200 });
    await expectRefundedOnce(c);
    expect(count(await actions(c.caseId), 'paid')).toBe(1);
  });
});

describe('forged refund notifications', () => {
  it('are refused (401 signature and serial, 400 amount) before anything changes', async () => {
    const c = await paidCase();
    // The refund is asked for with its notification dropped, then made to look unsettled again.
    await w.mock('PUT', '/__mock/scenario', { name: 'notify-drop', match: c.outRefundNo });
    await w.call(alice, 'POST', `/applications/${c.caseId}/withdraw`, { payload: { reason: '不办了' } });
    await expectRefundedOnce(c);
    const before = await storedCase(w.app, c.caseId);
    for (const tamper of ['signature', 'serial', 'timestamp-old', 'signtest']) {
      const res = await resend(c.outRefundNo, { tamper, attempts: 1 });
      expect(res.body).toEqual({ notified: 401, attempts: 1 });
    }
    expect((await resend(c.outRefundNo, { tamper: 'amount', attempts: 1 })).body).toEqual({
      notified: 400,
      attempts: 1,
    });
    expect((await storedCase(w.app, c.caseId))?.version).toBe(before?.version);
  });

  it('a wrong amount or signature never completes a refunding case; the genuine one then does, once', async () => {
    const c = await paidCase();
    // As after a crash right after the refund step: the case is refunding and WeChat Pay has the refund.
    await stepOnly(c);
    expect((await resend(c.outRefundNo, { tamper: 'amount', attempts: 1 })).body).toMatchObject({ notified: 400 });
    expect((await resend(c.outRefundNo, { tamper: 'signature', attempts: 1 })).body).toMatchObject({ notified: 401 });
    await expect(storedCase(w.app, c.caseId)).resolves.toMatchObject({ payment: { status: 'refunding' } });
    expect((await resend(c.outRefundNo, { attempts: 1 })).body).toMatchObject({ notified: 200 });
    await expectRefundedOnce(c);
  });
});

/** The refund record and the refunding step written, WeChat Pay asked, but its answer never recorded. */
async function stepOnly(c: { caseId: string; outTradeNo: string; outRefundNo: string }) {
  await refundsModel(w.app.db).create({
    _id: c.outRefundNo,
    caseId: c.caseId,
    outTradeNo: c.outTradeNo,
    amount: 500,
    reason: '测试：申请已撤回',
    status: 'requested',
  });
  await applicationModel(w.app.db).updateOne(
    { _id: c.caseId },
    {
      $set: { 'payment.status': 'refunding' },
      $push: { timeline: { at: new Date(), actor: { role: 'system' }, action: 'refund_requested' } },
    },
  );
  await w.mock('PUT', '/__mock/scenario', { name: 'notify-drop', match: c.outRefundNo });
  await w.app.wechatPay.refund({ outTradeNo: c.outTradeNo, outRefundNo: c.outRefundNo, amount: 500, reason: '测试' });
}

describe('crashes and races', () => {
  it('a crash between the refund record and the call is recovered by the reconcile pass', async () => {
    const c = await paidCase();
    await refundsModel(w.app.db).create({
      _id: c.outRefundNo,
      caseId: c.caseId,
      outTradeNo: c.outTradeNo,
      amount: 500,
      reason: '申请已撤回，费用全额退还',
      status: 'requested',
    });
    await expect(refundsAt(c.outTradeNo)).resolves.toEqual([]);
    await expect(reconcileRefunds(w.app, 60_000)).resolves.toBe(0); // too young to be looked at
    await expect(reconcileRefunds(w.app, 0)).resolves.toBe(1);
    await expectRefundedOnce(c);
    await expect(reconcileRefunds(w.app, 0)).resolves.toBe(0);
  });

  it('a withdrawal racing repeated payment notifications refunds once', async () => {
    const c = await paidCase();
    const [withdrawn, ...notices] = await Promise.all([
      w.call(alice, 'POST', `/applications/${c.caseId}/withdraw`, { payload: { reason: '不办了' } }),
      w.mock('POST', `/__mock/wechatpay/notify/${c.outTradeNo}`, {}),
      w.mock('POST', `/__mock/wechatpay/notify/${c.outTradeNo}`, {}),
    ]);
    expect(withdrawn.statusCode).toBe(200);
    expect(notices.map((n) => n.body)).toEqual([
      { notified: 200, attempts: 1 },
      { notified: 200, attempts: 1 },
    ]);
    await expectRefundedOnce(c);
    expect(count(await actions(c.caseId), 'paid')).toBe(1);
  });

  it('refunders, the reconcile pass and refund notifications at once refund once', async () => {
    const c = await paidCase();
    const record = (await applicationModel(w.app.db).findById(c.caseId).lean()) as ApplicationRecord;
    await Promise.all([
      refundIfPaid(w.app, record, 'rejected'),
      refundIfPaid(w.app, record, 'withdrawn'),
      refundIfPaid(w.app, record, 'denied'),
    ]);
    await Promise.all([resend(c.outRefundNo), resend(c.outRefundNo), reconcileRefunds(w.app, 0)]);
    await expectRefundedOnce(c);
  });
});
