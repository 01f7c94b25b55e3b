import { type PaymentCreated } from '@onetrip/shared';
import { resident, storedCase } from '../../applications/testing/cases';
import { pay, payWorld, submittedCase, type PayWorld } from '../testing/world';

let w: PayWorld;
beforeAll(async () => {
  // The job asked for: every 100 ms, orders of any age.
  w = await payWorld({ WECHATPAY_RECONCILE_INTERVAL_MS: '100', WECHATPAY_RECONCILE_MIN_AGE_MS: '0' });
});
afterAll(async () => {
  await w.t.close();
});

it('the background job records a payment whose notification was lost', async () => {
  const alice = await resident(w.app, 'job_alice', '王丽');
  const view = await submittedCase(w, alice);
  const { outTradeNo } = (await pay(w, alice, view.id)).json<PaymentCreated>();
  await w.mock('PUT', '/__mock/scenario', { name: 'notify-drop', match: outTradeNo });
  await expect(w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {})).resolves.toMatchObject({
    body: { paid: true, notified: null },
  });
  const deadline = Date.now() + 5_000;
  while ((await storedCase(w.app, view.id))?.payment?.status !== 'paid' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const stored = await storedCase(w.app, view.id);
  expect(stored?.payment).toMatchObject({ outTradeNo, status: 'paid' });
  expect((stored?.timeline as { action: string }[]).filter((e) => e.action === 'paid')).toHaveLength(1);
});
