/**
 * The resident's own data: 导出我的信息 (a download of their data, ID number masked), and 注销账号 —
 * refused with a case in progress, done on a fresh account, after which the same WeChat signs in
 * as a new account.
 */
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type ApplicationView, type PersonalDataExport } from '@onetrip/shared';
import { launch, phone } from '../src/browser';
import { call } from '../src/api';
import { API_URL, H5_URL } from '../src/env';
import { completeLaonianCase, LAONIAN } from '../src/agent';
import { logInThroughWechat, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const stamp = Date.now();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  context = await phone(browser);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

/** The confirm button of Taro's H5 modal (Taro.showModal), as a person taps it. */
const confirmModal = () => page.locator('.taro-model__confirm:visible').first().click();

async function openMyData() {
  await page.goto(`${H5_URL}/#/pages/me/data/index`);
  await page.locator('#my-data-profile').waitFor({ timeout: 15_000 });
}

describe('导出我的信息', () => {
  it('downloads a file of the resident’s own data, the ID number masked', async () => {
    const user = `export_${stamp}`;
    await logInThroughWechat(page, user);
    const idNumber = await verifyRealName(page, '陈玉梅', '13905391122');
    const token = await tokenOf(page);
    await call(
      'POST',
      '/me/addresses',
      { name: '陈玉梅', phone: '13905391122', region: ['山东省', '临沂市', '莒南县'], detail: '文化路 3 号' },
      token,
    );
    await openMyData();
    await snap(page, 'account-1-my-data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-data').click()]);
    expect(download.suggestedFilename()).toMatch(/^onetrip-my-data-\d{8}\.json$/);
    const doc = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as PersonalDataExport;
    const me = await call<{ id: string }>('GET', '/me', undefined, token);
    expect(doc.account.id).toBe(me.id);
    expect(doc.profile?.name).toBe('陈玉梅');
    expect(doc.profile?.idNumberMasked).toBe(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
    expect(doc.addresses).toEqual([expect.objectContaining({ detail: '文化路 3 号', phoneMasked: '139****1122' })]);
    expect(doc.consents.map((c) => c.purpose).sort()).toEqual(['sensitive_id', 'terms']);
    const raw = JSON.stringify(doc);
    expect(raw).not.toContain(idNumber);
    expect(raw).not.toContain('13905391122');
  });
});

describe('注销账号', () => {
  it('is refused while a case is in progress, naming it', async () => {
    await logInThroughWechat(page, `busy_${stamp}`);
    await verifyRealName(page, '张桂芝', '13905393344');
    const token = await tokenOf(page);
    const created = await call<ApplicationView>('POST', '/applications', { items: [LAONIAN.code] }, token);
    await completeLaonianCase(token, created.id);
    const res = await fetch(`${API_URL}/applications/${created.id}/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': `del-${stamp}` },
    });
    const { number } = (await res.json()) as { number: string };
    await openMyData();
    await page.locator('#deletion-open').waitFor({ timeout: 15_000 });
    await page.locator('#deletion-start').click();
    await confirmModal();
    const refused = page.locator('#deletion-refused');
    await refused.getByText(number).waitFor({ timeout: 15_000 });
    await snapAt(page, '#deletion', 'account-2-deletion-refused');
    expect((await fetch(`${API_URL}/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('is explained, then done: the next sign-in with the same WeChat is a new account', async () => {
    const user = `leaving_${stamp}`;
    await logInThroughWechat(page, user);
    await verifyRealName(page, '王德福', '13905395566');
    const token = await tokenOf(page);
    const before = await call<{ id: string }>('GET', '/me', undefined, token);
    await openMyData();
    await page.locator('#deletion').getByText('已提交的办件属于政务服务档案').waitFor();
    await snapAt(page, '#deletion', 'account-3-deletion-explained');
    await page.locator('#deletion-start').click();
    await page.getByText('确定注销账号？').waitFor({ timeout: 5_000 });
    await snap(page, 'account-4-deletion-confirm');
    await confirmModal();
    await page.getByText('账号已注销').waitFor({ timeout: 15_000 });
    await snap(page, 'account-5-deleted');
    // The old token stops at once.
    expect((await fetch(`${API_URL}/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    await confirmModal();
    // Back to browsing (首页), signed out.
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await logInThroughWechat(page, user);
    const after = await call<{ id: string; profile: unknown }>('GET', '/me', undefined, await tokenOf(page));
    expect(after.id).not.toBe(before.id);
    expect(after.profile).toBeNull();
    await page.locator('#realname-form').waitFor({ timeout: 15_000 });
  });
});
