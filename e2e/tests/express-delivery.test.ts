import { type AdminConfig, type CourierShipment } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api } from '../src/api';
import { launch, phone, shot } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { payOnCasePage } from '../src/esf';
import {
  acceptApproveIssue,
  applyForResidencePermitByExpress,
  makeCourier,
  receiptCodeSentTo,
  RESIDENCE_PERMIT,
  type Recipient,
} from '../src/express';
import { logInThroughWechat, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { makeStaff, shown } from '../src/staff';

/**
 * 政务快递 end to end on H5: a resident applies for 居住证 with express delivery and pays the express
 * fee through the WeChat Pay simulator; the window accepts, approves and issues (through the API);
 * the courier opens today's list from 我的, picks the envelope up by opening its QR code, records a
 * failed attempt, picks it up again, is refused a wrong receipt code with the tries left, and delivers
 * with the code the recipient was texted; the resident sees the case completed and rates it.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let courier: Page;

const stamp = Date.now().toString(36);
/** A fresh number per run, so the SMS recorder's texts to it are this run's. */
const residentPhone = `139${String(Date.now()).slice(-8)}`;
const recipient: Recipient = {
  name: '王秀英',
  phone: residentPhone,
  region: ['山东省', '临沂市', '莒南县'],
  detail: '人民路 18 号 3 单元 502',
};
let caseId = '';
let number = '';
let shipmentId = '';

async function newPage(): Promise<Page> {
  const context = await phone(browser);
  contexts.push(context);
  return context.newPage();
}

async function courierShipment(): Promise<CourierShipment> {
  const res = await fetch(`${API_URL}/courier/shipments/${shipmentId}`, {
    headers: { authorization: `Bearer ${await tokenOf(courier)}` },
  });
  return (await res.json()) as CourierShipment;
}

/** The resident's case page, opened from 我的办件. */
async function openResidentCase(): Promise<void> {
  await resident.goto(`${H5_URL}/#/pages/cases/list/index`);
  await shown(resident, `#case-${caseId}`).click({ timeout: 15_000 });
  await shown(resident, '#case-status').waitFor({ timeout: 15_000 });
}

const key = (digit: string) => shown(courier, `#keypad-${digit}`).click();
async function typeCode(code: string): Promise<void> {
  for (const digit of code) await key(digit);
}

beforeAll(async () => {
  browser = await launch();
  resident = await newPage();
  courier = await newPage();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('a certificate goes out by express and is signed for with the receipt code', () => {
  it('a resident applies for 居住证 by express and pays the express fee', async () => {
    await logInThroughWechat(resident, `jzz_${stamp}`);
    await verifyRealName(resident, recipient.name, residentPhone);
    ({ caseId, number } = await applyForResidencePermitByExpress(resident, recipient));
    expect(caseId).toMatch(/^[0-9a-f]{24}$/);
    expect(number).toMatch(/^ZW\d{14}$/);
    await expect(shown(resident, '#case-payment').textContent()).resolves.toContain('快递费');
    await payOnCasePage(resident);
    await shot(resident, 'express-case-paid');

    const view = await api.getCase(await tokenOf(resident), caseId);
    expect(view.delivery?.method).toBe('express');
    expect(view.fee).toMatchObject({ express: RESIDENCE_PERMIT.expressFee, total: RESIDENCE_PERMIT.expressFee });
    expect(view.payment).toMatchObject({ status: 'paid', amount: RESIDENCE_PERMIT.expressFee });
  });

  it('the window accepts, approves and issues: the case is shipping with a waybill', async () => {
    const acceptor = await makeStaff(`jzz_front_${stamp}`, RESIDENCE_PERMIT.department);
    const clerk = await makeStaff(`jzz_clerk_${stamp}`, RESIDENCE_PERMIT.department);
    const issued = await acceptApproveIssue(acceptor, clerk, caseId, `鲁居字第${stamp}号`);
    expect(issued.status).toBe('shipping');
    expect(issued.shipment).toMatchObject({ status: 'created', locked: false });
    // Staff never see the receipt code.
    expect(issued.shipment).not.toHaveProperty('receiptCode');
    shipmentId = issued.shipment?.id ?? '';

    const admin = await api.login('admin');
    const config = (await (
      await fetch(`${API_URL}/admin/config`, { headers: { authorization: `Bearer ${admin.accessToken}` } })
    ).json()) as AdminConfig;
    expect(config.courierCompanies).toContain(issued.shipment?.courierCompany);
    await makeCourier(`jzz_courier_${stamp}`, issued.shipment?.courierCompany ?? '');
  });

  it('the resident sees the waybill and the receipt code that was texted to them', async () => {
    const code = await receiptCodeSentTo(residentPhone, number);
    expect(code).toMatch(/^\d{6}$/);
    await openResidentCase();
    await expect(shown(resident, '#case-status').textContent()).resolves.toBe('邮寄中');
    await expect(shown(resident, '#receipt-code').textContent({ timeout: 15_000 })).resolves.toBe(code);
    await expect(shown(resident, '#tracking-status').textContent()).resolves.toBe('待揽收');
    const view = await api.getCase(await tokenOf(resident), caseId);
    await expect(shown(resident, '#tracking-waybill').textContent()).resolves.toBe(view.shipment?.waybillNo);
    await expect(shown(resident, '#tracking-company').textContent()).resolves.toBe(view.shipment?.courierCompany);
    await expect(shown(resident, '#tracking-events').textContent()).resolves.toContain('已出证，等待快递员揽收');
    await shown(resident, '#case-tracking').scrollIntoViewIfNeeded();
    await shot(resident, 'express-resident-receipt-code');
  });

  it('the courier finds the envelope in today’s list from 我的', async () => {
    await logInThroughWechat(courier, `jzz_courier_${stamp}`);
    await shown(courier, '#courier-entry').click({ timeout: 15_000 });
    const row = shown(courier, `#shipment-${shipmentId}`);
    await row.waitFor({ timeout: 15_000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(number);
    expect(text).toContain('王*英');
    expect(text).toContain('人民路 18 号 3 单元 502');
    expect(text).not.toContain(residentPhone);
    await expect(row.getAttribute('data-status')).resolves.toBe('created');
    await shot(courier, 'courier-today');
  });

  it('opening the envelope’s QR code lands on it, and 确认揽收 picks it up', async () => {
    const { qrToken } = await courierShipment();
    expect(qrToken).toMatch(/^s-/);
    await courier.goto(`${H5_URL}/q/${qrToken}`);
    await shown(courier, '#courier-shipment #shipment-status').waitFor({ timeout: 15_000 });
    expect(courier.url()).toContain(`courier/shipment/index?id=${shipmentId}`);
    await expect(shown(courier, '#shipment-case-number').textContent()).resolves.toContain(number);
    await shot(courier, 'courier-shipment-created');
    await shown(courier, '#pickup-button').click();
    await shown(courier, '#shipment-status').getByText('派送中').waitFor({ timeout: 15_000 });
    expect((await courierShipment()).status).toBe('picked_up');
  });

  it('records a failed attempt with its reason, then takes the envelope out again', async () => {
    await shown(courier, '#fail-button').click();
    await shown(courier, '#fail-reason-no-answer').click();
    await shown(courier, '#fail-note').locator('input').fill('下午再送');
    await shot(courier, 'courier-fail-sheet');
    await shown(courier, '#fail-send').click();
    await shown(courier, '#shipment-status').getByText('投递未成功').waitFor({ timeout: 15_000 });
    await expect(shown(courier, '#shipment-events').textContent()).resolves.toContain('电话无人接听：下午再送');
    const failed = await courierShipment();
    expect(failed.status).toBe('failed_attempt');
    expect(failed.events.at(-1)).toMatchObject({ action: 'failed_attempt', note: '电话无人接听：下午再送' });

    await shown(courier, '#pickup-button').getByText('重新揽收').click();
    await shown(courier, '#shipment-status').getByText('派送中').waitFor({ timeout: 15_000 });
  });

  it('refuses a wrong code with the tries left, then delivers with the texted one (in 长辈模式)', async () => {
    const code = await receiptCodeSentTo(residentPhone, number);
    const wrong = code === '000000' ? '111111' : '000000';
    // The keypad is used at the door, often by older couriers: check it with the big type on.
    await courier.goto(`${H5_URL}/#/pages/me/index`);
    await shown(courier, '#elder-switch').click({ timeout: 15_000 });
    await courier.waitForFunction(() => document.querySelector('.page.elder') !== null, null, { timeout: 5_000 });
    await courier.goto(`${H5_URL}/#/courier/shipment/index?id=${shipmentId}`);
    await shown(courier, '.page.elder #deliver-button').click({ timeout: 15_000 });
    await typeCode(wrong);
    await shown(courier, '#deliver-send').click();
    await expect(shown(courier, '#deliver-error').textContent({ timeout: 15_000 })).resolves.toBe(
      '签收码错误，还可尝试 4 次',
    );
    await shot(courier, 'courier-wrong-code');

    await typeCode(code);
    await shot(courier, 'courier-keypad-filled');
    await shown(courier, '#deliver-send').click();
    await shown(courier, '#shipment-delivered').waitFor({ timeout: 15_000 });
    await expect(shown(courier, '#shipment-status').textContent()).resolves.toBe('已签收');
    await shot(courier, 'courier-delivered');
    expect((await courierShipment()).status).toBe('delivered');

    await courier.goto(`${H5_URL}/#/courier/history/index`);
    await shown(courier, `#courier-history-list #shipment-${shipmentId}`).waitFor({ timeout: 15_000 });
  });

  it('the resident sees the case completed, is asked to rate at once, and rates', async () => {
    await openResidentCase();
    await expect(shown(resident, '#case-status').textContent()).resolves.toBe('已办结');
    await shown(resident, '#tracking-delivered').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#tracking-status').textContent()).resolves.toBe('已签收');
    await expect(shown(resident, '#receipt-code').count()).resolves.toBe(0);
    // Asked at once in a dialog (the stage bar's 去评价 is on the page behind it too).
    const prompt = resident.locator('.taro-model__confirm:visible', { hasText: '去评价' });
    await prompt.waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#case-next-button').textContent()).resolves.toContain('去评价');
    await shot(resident, 'express-resident-rate-prompt');
    await prompt.click();

    await shown(resident, '#rate-star-5').click({ timeout: 15_000 });
    await shown(resident, '#rate-submit').click();
    await shown(resident, '#rate-done').waitFor({ timeout: 15_000 });
    await shot(resident, 'express-resident-rated');

    const view = await api.getCase(await tokenOf(resident), caseId);
    expect(view.status).toBe('completed');
    expect(view.shipment?.status).toBe('delivered');
    expect(view.shipment).not.toHaveProperty('receiptCode');
    expect(view.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['shipped', 'picked_up', 'delivery_failed', 'delivered', 'completed', 'evaluated']),
    );
  });
});
