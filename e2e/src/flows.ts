import { type Page } from 'playwright-core';
import { H5_URL } from './env';
import { pngFile } from './files';
import { randomIdNumber } from './ids';

/** Types into a Taro <Input> (rendered on H5 as a custom element wrapping an <input>). */
export async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(`${selector} input, ${selector} textarea`).first().fill(text);
}

/** Logs in through the simulated WeChat web OAuth page, as a person would. */
export async function logInThroughWechat(page: Page, user: string) {
  await page.goto(`${H5_URL}/#/pages/login/index`);
  await page.locator('#login-wechat').click();
  await page.waitForURL(/\/connect\/oauth2\/authorize/);
  await page.locator('#mock-oauth-user').fill(user);
  await page.locator('#mock-oauth-confirm').click();
  await page.waitForURL((url) => url.origin === new URL(H5_URL).origin && !url.search.includes('code='));
  // The login page exchanges the code, then goes on to 我的: wait for it to be done.
  await page.waitForURL(/pages\/me\/index/, { timeout: 15_000 });
  await page.locator('#me-logout').waitFor({ timeout: 15_000 });
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
    await page.locator(`#material-${code}`).getByText('已上传 1 份').waitFor({ timeout: 15_000 });
  }
}
