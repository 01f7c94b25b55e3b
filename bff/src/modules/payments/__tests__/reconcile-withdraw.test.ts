import { type PaymentCreated } from '@onetrip/shared';
import { resident, storedCase } from '../../applications/testing/cases';
import { reconcileDue, reconcileUnpaid } from '../reconcile';
import { pay, payWorld, submittedCase, type PayWorld } from '../testing/world';

let w: PayWorld;
let alice: Awaited<ReturnType<typeof resident>>;
beforeAll(async () => {
  w = await payWorld();
  alice = await resident(w.app, 'recon_alice', '王丽');
});
afterAll(async () => {
  await w.t.close();
});

async function orderedCase(): Promise<{ caseId: string; outTradeNo: string }> {
  const view = await submittedCase(w, alice);
  const res = await pay(w, alice, view.id);
  if (res.statusCode !== 200) throw new Error(`payment failed: ${res.statusCode} ${res.body}`);
  return { caseId: view.id, outTradeNo: res.json<PaymentCreated>().outTradeNo };
}

/** The user pays, and the notification is lost (`notify-drop`, armed for this order only). */
async function payWithoutNotification(outTradeNo: string): Promise<void> {
  await w.mock('PUT', '/__mock/scenario', { name: 'notify-drop', match: outTradeNo });
  const paid = await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {});
  expect(paid.body).toEqual({ paid: true, notified: null, attempts: 0 });
}

const paidEvents = async (caseId: string) =>
  ((await storedCase(w.app, caseId))?.timeline as { action: string }[]).filter((e) => e.action === 'paid');

describe('when the notification is lost', () => {
  it('reconcileUnpaid finds the payment by querying the order and applies the paid transition once', async () => {
    const { caseId, outTradeNo } = await orderedCase();
    await payWithoutNotification(outTradeNo);
    await expect(storedCase(w.app, caseId)).resolves.toMatchObject({ payment: { status: 'unpaid' } });
    await expect(reconcileUnpaid(w.app, caseId)).resolves.toBe('paid');
    await expect(storedCase(w.app, caseId)).resolves.toMatchObject({
      payment: { status: 'paid', paidAt: expect.any(Date) },
    });
    await expect(reconcileUnpaid(w.app, caseId)).resolves.toBe('nothing');
    await expect(paidEvents(caseId)).resolves.toHaveLength(1);
  });

  it('paying again asks WeChat Pay first: the case becomes paid and the answer is 409 已支付', async () => {
    const { caseId, outTradeNo } = await orderedCase();
    await payWithoutNotification(outTradeNo);
    const again = await pay(w, alice, caseId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'INVALID_STATE', message: '已支付' });
    await expect(storedCase(w.app, caseId)).resolves.toMatchObject({ payment: { status: 'paid' } });
    await expect(paidEvents(caseId)).resolves.toHaveLength(1);
  });

  it('the job’s pass (reconcileDue) picks up unpaid orders old enough and leaves unpaid ones unpaid', async () => {
    const lost = await orderedCase();
    const open = await orderedCase();
    await payWithoutNotification(lost.outTradeNo);
    await expect(reconcileDue(w.app, 60_000)).resolves.toBe(0); // too young to be looked at
    await expect(reconcileDue(w.app, 0)).resolves.toBe(1);
    await expect(storedCase(w.app, lost.caseId)).resolves.toMatchObject({ payment: { status: 'paid' } });
    await expect(storedCase(w.app, open.caseId)).resolves.toMatchObject({ payment: { status: 'unpaid' } });
  });

  it('answers 503 and changes nothing when WeChat Pay is busy', async () => {
    const { caseId, outTradeNo } = await orderedCase();
    await payWithoutNotification(outTradeNo);
    const path = `/v3/pay/transactions/out-trade-no/${outTradeNo}`;
    await w.mock('PUT', '/__mock/scenario', { name: 'pay-busy', path });
    await expect(reconcileUnpaid(w.app, caseId)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    await expect(storedCase(w.app, caseId)).resolves.toMatchObject({ payment: { status: 'unpaid' } });
  });
});

describe('withdrawing a case', () => {
  it('closes its unpaid order at WeChat Pay and marks the payment closed', async () => {
    const { caseId, outTradeNo } = await orderedCase();
    const res = await w.call(alice, 'POST', `/applications/${caseId}/withdraw`, { payload: { reason: '不办了' } });
    expect(res.statusCode).toBe(200);
    await expect(w.order(outTradeNo)).resolves.toMatchObject({ trade_state: 'CLOSED' });
    const stored = await storedCase(w.app, caseId);
    expect(stored).toMatchObject({ status: 'withdrawn', payment: { outTradeNo, status: 'closed' } });
    expect(stored?.timeline.at(-1)).toMatchObject({ action: 'payment_closed', actor: { role: 'system' } });
    await expect(w.app.db.collection('payments').findOne({ outTradeNo })).resolves.toMatchObject({ status: 'closed' });
    const payAgain = await pay(w, alice, caseId);
    expect(payAgain.statusCode).toBe(409);
  });
});
