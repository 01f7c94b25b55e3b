/**
 * Consent on first use, as a new resident meets it: the agreement and the policy before signing in
 * (read in full, then agreed), the ID number's own consent before real-name verification, the
 * identity document's own consent before the first upload — each recorded with its version and
 * time, and listed in 我的 → 个人信息.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type ApplicationView, type ConsentState } from '@onetrip/shared';
import { launch, phone } from '../src/browser';
import { call } from '../src/api';
import { H5_URL } from '../src/env';
import { LAONIAN } from '../src/agent';
import { typeInto } from '../src/flows';
import { pngFile } from '../src/files';
import { randomIdNumber } from '../src/ids';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const stamp = Date.now();
const consents = async () => call<ConsentState>('GET', '/me/consents', undefined, await tokenOf(page));
const agreed = (state: ConsentState, purpose: string) => state.purposes.find((p) => p.purpose === purpose);

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

describe('a new resident', () => {
  it('sees the agreement and the policy before signing in, reads the policy, and agrees', async () => {
    await page.goto(`${H5_URL}/#/pages/login/index`);
    const sheet = page.locator('#consent-terms');
    await sheet.waitFor({ timeout: 15_000 });
    await snap(page, 'consent-1-first-use');
    await sheet.locator('#consent-read-privacy').click();
    await page.locator('#legal-title').getByText('隐私政策').waitFor({ timeout: 15_000 });
    await expect(page.locator('#legal').textContent()).resolves.toContain('撤回同意');
    await expect(page.locator('#legal-version').textContent()).resolves.toMatch(/版本 \d+\.\d+/);
    await snap(page, 'consent-2-privacy-policy');
    await page.goBack();
    await sheet.waitFor({ timeout: 15_000 });
    await sheet.locator('#consent-agree').click();
    await page.waitForURL(/\/connect\/oauth2\/authorize/);
    await page.locator('#mock-oauth-user').fill(`consent_${stamp}`);
    await page.locator('#mock-oauth-confirm').click();
    await page.locator('#me-logout').waitFor({ timeout: 20_000 });
    const state = await consents();
    expect(agreed(state, 'terms')).toMatchObject({
      needed: false,
      agreed: { version: expect.stringContaining('privacy:') },
    });
    expect(agreed(state, 'sensitive_id')?.needed).toBe(true);
  });

  it('is asked separately, with the purpose, before real-name verification', async () => {
    await page.locator('#realname-form').waitFor({ timeout: 15_000 });
    await typeInto(page, '#realname-name', '刘桂兰');
    await typeInto(page, '#realname-id', randomIdNumber());
    await typeInto(page, '#phone-input', '13905397788');
    await page.locator('#realname-submit').click();
    const sheet = page.locator('#consent-sensitive_id');
    await sheet.waitFor({ timeout: 15_000 });
    await expect(sheet.textContent()).resolves.toContain('核验您的身份');
    await snap(page, 'consent-3-id-number');
    await sheet.locator('#consent-agree').click();
    await page.locator('#profile-card').waitFor({ timeout: 15_000 });
    expect(agreed(await consents(), 'sensitive_id')?.needed).toBe(false);
  });

  it('is asked separately before the first identity document upload, and only then', async () => {
    const token = await tokenOf(page);
    const created = await call<ApplicationView>('POST', '/applications', { items: [LAONIAN.code] }, token);
    await page.goto(`${H5_URL}/#/apply/materials/index?id=${created.id}`);
    const card = page.locator('#material-id_card');
    await card.waitFor({ timeout: 15_000 });
    await card.locator('input[type=file]').last().setInputFiles(pngFile('id_card.png'));
    const sheet = page.locator('#consent-id_photo');
    await sheet.waitFor({ timeout: 15_000 });
    await snap(page, 'consent-4-id-photo');
    expect(
      (await call<ApplicationView>('GET', `/applications/${created.id}`, undefined, token)).materials.find(
        (m) => m.code === 'id_card',
      )?.uploadIds,
    ).toEqual([]);
    await sheet.locator('#consent-agree').click();
    await card.getByText('已上传 1 份').waitFor({ timeout: 15_000 });
    // Agreed once: the household register (证件类 too) goes straight up.
    const household = page.locator('#material-household_register');
    await household.locator('input[type=file]').last().setInputFiles(pngFile('household_register.png'));
    await household.getByText('已上传 1 份').waitFor({ timeout: 15_000 });
    await expect(sheet.count()).resolves.toBe(0);
  });

  it('finds every consent with its version and time in 我的 → 个人信息', async () => {
    await page.goto(`${H5_URL}/#/pages/me/index`);
    await page.locator('#me-data').click();
    const list = page.locator('#my-data-consents');
    await list.getByText('同意 · 上传身份证件照片').waitFor({ timeout: 15_000 });
    const text = (await list.textContent()) ?? '';
    for (const title of ['用户服务协议和隐私政策', '处理身份证号（实名认证）', '上传身份证件照片'])
      expect(text).toContain(title);
    expect(text).toMatch(/版本 1\.0 \/ 1\.0/);
    await snapAt(page, '#my-data-consents', 'consent-5-my-data');
  });
});
