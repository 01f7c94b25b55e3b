import { type Locator, type Page } from 'playwright-core';
import { H5_URL } from './env';
import { pngFile } from './files';
import { randomIdNumber } from './ids';

/**
 * 确定 of the picker that is open. Taro's H5 pickers keep their closed sheets in the page, so the
 * button is the visible one, not merely the last.
 */
export async function confirmPicker(page: Page): Promise<void> {
  await page.locator('.weui-picker__action:visible').filter({ hasText: '确定' }).click({ timeout: 15_000 });
}

/** Types into a Taro <Input> (rendered on H5 as a custom element wrapping an <input>). */
export async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(`${selector} input, ${selector} textarea`).first().fill(text);
}

export type ConsentPurpose = 'terms' | 'sensitive_id' | 'id_photo';

/**
 * Agrees to a consent sheet (`#consent-<purpose>`) when the app asks, as a person would; `done` is
 * what shows when nothing is asked (already agreed). Resolves once the sheet is gone or `done` shows.
 */
export async function agreeIfAsked(page: Page, purpose: ConsentPurpose, done: Locator, timeout = 15_000) {
  const sheet = page.locator(`#consent-${purpose}`);
  await sheet.or(done).first().waitFor({ timeout });
  if (await sheet.isVisible()) {
    await sheet.locator('#consent-agree').click();
    await sheet.waitFor({ state: 'detached', timeout });
  }
}

/**
 * On the login page: 微信一键登录, after agreeing to the agreement and the policy when this device
 * has not yet (the sheet then starts the login itself).
 */
export async function startWechatLogin(page: Page) {
  const button = page.locator('#login-wechat');
  const sheet = page.locator('#consent-terms');
  await sheet.or(button).first().waitFor({ timeout: 15_000 });
  if (await sheet.isVisible()) await sheet.locator('#consent-agree').click();
  else await button.click();
}

/** Logs in through the simulated WeChat web OAuth page, as a person would (agreeing to the terms when asked). */
export async function logInThroughWechat(page: Page, user: string) {
  await page.goto(`${H5_URL}/#/pages/login/index`);
  await startWechatLogin(page);
  await page.waitForURL(/\/connect\/oauth2\/authorize/);
  await page.locator('#mock-oauth-user').fill(user);
  await page.locator('#mock-oauth-confirm').click();
  await page.waitForURL((url) => url.origin === new URL(H5_URL).origin && !url.search.includes('code='));
  // The login page exchanges the code (an account new to this device's agreement is asked), then goes on to 我的.
  const logout = page.locator('#me-logout');
  await agreeIfAsked(page, 'terms', logout);
  await page.waitForURL(/pages\/me\/index/, { timeout: 15_000 });
  await logout.waitFor({ timeout: 15_000 });
}

/** Fills and submits the real-name form on 我的; returns the ID number used. */
export async function verifyRealName(page: Page, name: string, phone: string): Promise<string> {
  const idNumber = randomIdNumber();
  await page.goto(`${H5_URL}/#/pages/me/index`);
  await page.locator('#realname-form').waitFor({ timeout: 15_000 });
  await typeInto(page, '#realname-name', name);
  await typeInto(page, '#realname-id', idNumber);
  await typeInto(page, '#phone-input', phone);
  await page.locator('#realname-submit').click();
  // The ID number's own consent, asked once before the first verification.
  await agreeIfAsked(page, 'sensitive_id', page.locator('#profile-card'));
  await page.locator('#profile-card').waitFor({ timeout: 15_000 });
  return idNumber;
}

/** Opens the materials step of a case and uploads one picture for each material code, as a person would. */
export async function uploadMaterials(page: Page, caseId: string, codes: readonly string[]) {
  await page.goto(`${H5_URL}/#/apply/materials/index?id=${caseId}`);
  await page.locator('#materials').waitFor({ timeout: 15_000 });
  for (const code of codes) {
    await page
      .locator(`#material-${code} input[type=file]`)
      .last()
      .setInputFiles(pngFile(`${code}.png`));
    const uploaded = page.locator(`#material-${code}`).getByText('已上传 1 份');
    // The first identity document (身份证件, 证件类) asks its own consent before it is sent.
    await agreeIfAsked(page, 'id_photo', uploaded);
    await uploaded.waitFor({ timeout: 15_000 });
  }
}
