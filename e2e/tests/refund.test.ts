import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api } from '../src/api';
import { launch, phone } from '../src/browser';
import { MOCK_URL } from '../src/env';
import { payOnCasePage } from '../src/esf';
import { applyForResidencePermitByExpress, RESIDENCE_PERMIT, type Recipient } from '../src/express';
import { logInThroughWechat, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snapAt } from '../src/settle';
import { shown } from '../src/staff';
import { eventually } from '../src/wait';

/**
 * A withdrawn paid case is refunded: a resident applies for 居住证 by express, pays the postage (due at
 * submit) through the WeChat Pay simulator, withdraws, and the case page says 退款中 while WeChat Pay is
 * still refunding (the simulator's `refund-processing`), then 已退款 once its REFUND.SUCCESS arrives.
 */
let browser: Browser;
let context: BrowserContext;
let resident: Page;

const stamp = Date.now().toString(36);
const residentPhone = `137${String(Date.now()).slice(-8)}`;
const recipient: Recipient = {
  name: '刘桂兰',
  phone: residentPhone,
  region: ['山东省', '临沂市', '莒南县'],
  detail: '文化路 6 号 2 单元 301',
};
let caseId = '';
let outTradeNo = '';

const residentCase = async () => api.getCase(await tokenOf(resident), caseId);

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser);
  resident = await context.newPage();
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

describe('a withdrawn paid case is refunded', () => {
  it('a resident applies for 居住证 by express and pays the postage at submit', async () => {
    await logInThroughWechat(resident, `refund_${stamp}`);
    await verifyRealName(resident, recipient.name, residentPhone);
    ({ caseId } = await applyForResidencePermitByExpress(resident, recipient));
    const before = await residentCase();
    expect(before.fee).toMatchObject({ total: RESIDENCE_PERMIT.expressFee, due: 'submit', payableNow: true });
    await payOnCasePage(resident);
    const paid = await residentCase();
    expect(paid.payment).toMatchObject({ status: 'paid', amount: RESIDENCE_PERMIT.expressFee });
    outTradeNo = paid.payment?.outTradeNo ?? '';
    expect(outTradeNo).toMatch(/^OT[0-9a-f]{24}\d{2}$/);
  });

  it('withdraws, and the case page says 退款中 while WeChat Pay is refunding', async () => {
    // WeChat Pay mostly answers a refund with PROCESSING; the simulator does so for this order only.
    const armed = await fetch(`${MOCK_URL}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'refund-processing', match: outTradeNo }),
    });
    expect(armed.status).toBe(200);

    await shown(resident, '#withdraw-button').click();
    await resident.getByText('撤回', { exact: true }).last().click();
    await shown(resident, '#case-status').getByText('已撤回').waitFor({ timeout: 15_000 });
    await eventually(residentCase, (c) => c.payment?.status === 'refunding');
    await resident.reload();
    await shown(resident, '#pay-status').getByText('退款中').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#case-payment').textContent()).resolves.toContain('正在原路退回');
    await expect(shown(resident, '#case-payment').textContent()).resolves.toContain('应退 ¥12.00');
    await snapAt(resident, '#case-payment', 'refund-refunding');
    expect((await residentCase()).timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['paid', 'withdrawn', 'refund_requested']),
    );
  });

  it('shows 已退款 once WeChat Pay says the refund is done', async () => {
    const outRefundNo = `RF${outTradeNo.slice(2)}`;
    const fired = await fetch(`${MOCK_URL}/__mock/wechatpay/refund-notify/${outRefundNo}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await fired.json()).toEqual({ notified: 200, attempts: 1 });
    const refunded = await eventually(residentCase, (c) => c.payment?.status === 'refunded');
    expect(refunded.timeline.filter((e) => e.action === 'refunded')).toHaveLength(1);

    await resident.reload();
    await shown(resident, '#pay-status').getByText('已退款').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#case-payment').textContent()).resolves.toContain('已原路退回');
    await expect(shown(resident, '#case-payment').textContent()).resolves.toContain('已退 ¥12.00');
    await snapAt(resident, '#case-payment', 'refund-refunded');
  });
});
