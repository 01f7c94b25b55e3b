import { type PaymentCreated } from '@onetrip/shared';
import { resident, storedCase } from '../../applications/testing/cases';
import { pay, payWorld, submittedCase, type PayWorld } from '../testing/world';

let w: PayWorld;
let alice: Awaited<ReturnType<typeof resident>>;
beforeAll(async () => {
  w = await payWorld();
  alice = await resident(w.app, 'notify_alice', '王丽');
});
afterAll(async () => {
  await w.t.close();
});

/** A submitted case with an unpaid order. */
async function orderedCase(): Promise<{ caseId: string; outTradeNo: string }> {
  const view = await submittedCase(w, alice);
  const res = await pay(w, alice, view.id);
  if (res.statusCode !== 200) throw new Error(`payment failed: ${res.statusCode} ${res.body}`);
  return { caseId: view.id, outTradeNo: res.json<PaymentCreated>().outTradeNo };
}

const paidEvents = async (caseId: string) =>
  ((await storedCase(w.app, caseId))?.timeline as { action: string }[]).filter((e) => e.action === 'paid');
const notify = (outTradeNo: string, body: Record<string, unknown>) =>
  w.mock('POST', `/__mock/wechatpay/notify/${outTradeNo}`, { attempts: 1, ...body });

describe('POST /payments/wechat/notify', () => {
  it('marks the case paid when the user pays (signed, encrypted notification from the simulator)', async () => {
    const { caseId, outTradeNo } = await orderedCase();
    const paid = await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {});
    expect(paid).toEqual({ status: 200, body: { paid: true, notified: 200, attempts: 1 } });
    const stored = await storedCase(w.app, caseId);
    expect(stored?.payment).toMatchObject({ outTradeNo, amount: 500, status: 'paid', paidAt: expect.any(Date) });
    expect(stored?.timeline.at(-1)).toEqual({ at: expect.any(Date), actor: { role: 'wechatpay' }, action: 'paid' });
    await expect(w.app.db.collection('payments').findOne({ outTradeNo })).resolves.toMatchObject({
      status: 'paid',
      transactionId: expect.any(String),
    });
  });

  it('applies exactly one paid transition for ten concurrent identical notifications, answering all 200 SUCCESS', async () => {
    const { caseId, outTradeNo } = await orderedCase();
    await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, { notify: false });
    const version = (await storedCase(w.app, caseId))?.version;
    const results = await Promise.all(Array.from({ length: 10 }, () => notify(outTradeNo, {})));
    expect(results.map((r) => r.body)).toEqual(Array.from({ length: 10 }, () => ({ notified: 200, attempts: 1 })));
    await expect(paidEvents(caseId)).resolves.toHaveLength(1);
    const stored = await storedCase(w.app, caseId);
    expect(stored).toMatchObject({ version: (version ?? 0) + 1, payment: { status: 'paid' } });
    // A later duplicate (a new notification id for the same transaction) changes nothing either.
    await expect(notify(outTradeNo, { pretty: true })).resolves.toMatchObject({ body: { notified: 200 } });
    await expect(storedCase(w.app, caseId)).resolves.toMatchObject({ version: stored?.version });
  });

  describe('refuses tampered notifications and changes nothing', () => {
    let caseId: string;
    let outTradeNo: string;
    beforeAll(async () => {
      ({ caseId, outTradeNo } = await orderedCase());
      await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, { notify: false });
    });

    it.each([
      ['signature', 401],
      ['timestamp-old', 401],
      ['serial', 401],
      ['signtest', 401],
      ['amount', 400],
    ])('tamper %s → %i', async (tamper, status) => {
      const before = await storedCase(w.app, caseId);
      await expect(notify(outTradeNo, { tamper })).resolves.toEqual({
        status: 200,
        body: { notified: status, attempts: 1 },
      });
      const after = await storedCase(w.app, caseId);
      expect(after).toMatchObject({ version: before?.version, payment: { status: 'unpaid' } });
      expect(after?.timeline).toHaveLength(before?.timeline.length ?? -1);
      await expect(w.app.db.collection('payments').findOne({ outTradeNo })).resolves.toMatchObject({
        status: 'unpaid',
      });
    });

    it('then accepts the genuine one, pretty-printed (the signature is checked on the raw bytes)', async () => {
      await expect(notify(outTradeNo, { pretty: true })).resolves.toMatchObject({ body: { notified: 200 } });
      await expect(paidEvents(caseId)).resolves.toHaveLength(1);
    });
  });

  it('answers {code: FAIL} for unsigned or non-JSON requests', async () => {
    const unsigned = await w.app.inject({
      method: 'POST',
      url: '/api/v1/payments/wechat/notify',
      payload: { id: 'x' },
    });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json()).toEqual({ code: 'FAIL', message: expect.any(String) });
    const text = await w.app.inject({
      method: 'POST',
      url: '/api/v1/payments/wechat/notify',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ code: 'FAIL' });
  });

  it('is published in the OpenAPI document with the payments route', async () => {
    const paths = Object.keys((await w.app.inject({ method: 'GET', url: '/api/v1/docs/json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/payments/wechat/notify', '/api/v1/applications/{id}/payments']),
    );
  });
});
