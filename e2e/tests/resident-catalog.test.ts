import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launch, phone, shot } from '../src/browser';
import { api } from '../src/api';
import { H5_URL } from '../src/env';
import { randomIdNumber } from '../src/ids';
import { agreeIfAsked, logInThroughWechat, typeInto } from '../src/flows';

let browser: Browser;
let context: BrowserContext;
let page: Page;

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

const type = (selector: string, text: string) => typeInto(page, selector, text);

describe('a resident scans a poster', () => {
  it('opens the item guide from its QR link and sees the materials and the promised days', async () => {
    const admin = await api.login('admin');
    const guide = await api.findItem('老年优待证');
    const qr = await api.createQr(admin.accessToken, 'item', guide.code);
    expect(qr.url).toMatch(new RegExp(`^${H5_URL}/q/[A-Za-z0-9_-]{4,32}$`));

    await page.goto(qr.url);
    await expect(page.locator('#guide-name').textContent({ timeout: 15_000 })).resolves.toContain(guide.name);
    const materials = page.locator('#guide-materials');
    for (const m of guide.materials) await expect(materials.textContent()).resolves.toContain(m.name);
    await expect(page.locator('#guide-promised-days').textContent()).resolves.toContain(
      `${guide.promisedDays} 个工作日`,
    );
    await shot(page, 'qr-item-guide');
  });

  it('tells the resident when a QR code is unknown', async () => {
    await page.goto(`${H5_URL}/q/notatoken0`);
    await expect(page.locator('#qr-invalid').textContent({ timeout: 15_000 })).resolves.toContain('二维码');
    await shot(page, 'qr-unknown');
  });
});

describe('a resident searches the catalog', () => {
  it('finds 老年优待证办理 by the pinyin initials lnyd', async () => {
    await page.goto(H5_URL);
    await page.locator('#home-items').waitFor({ timeout: 15_000 });
    await type('#search-input', 'lnyd');
    // The list turns into 搜索结果 once the debounced search has answered.
    await page.waitForFunction(
      () => {
        const text = document.querySelector('#home-items')?.textContent ?? '';
        return text.includes('搜索结果') && !text.includes('加载中');
      },
      null,
      { timeout: 10_000 },
    );
    const results = (await page.locator('#home-items').textContent()) ?? '';
    expect(results).toContain('老年优待证办理');
    expect(results).not.toContain('不动产转移登记');
    await shot(page, 'home-search-pinyin');
  });
});

describe('a resident verifies their real name', () => {
  it('logs in with WeChat, saves the profile and sees it masked only', async () => {
    const idNumber = randomIdNumber();
    await logInThroughWechat(page, `e2e_${Date.now()}`);
    await page.goto(`${H5_URL}/#/pages/me/index`);
    await page.locator('#realname-form').waitFor({ timeout: 15_000 });
    await type('#realname-name', '王秀英');
    await type('#realname-id', idNumber);
    await type('#phone-input', '13905391234');
    await page.locator('#realname-submit').click();
    await agreeIfAsked(page, 'sensitive_id', page.locator('#profile-card'));

    const card = page.locator('#profile-card');
    await card.waitFor({ timeout: 15_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
    expect(text).toContain('139****1234');
    expect(text).toContain('已实名');
    const whole = (await page.content()) + (await page.evaluate(() => JSON.stringify(localStorage)));
    expect(whole).not.toContain(idNumber);
    expect(whole).not.toContain('13905391234');
    await shot(page, 'me-verified');
  });
});

describe('an elderly resident', () => {
  it('switches on 长辈模式, sees larger text, and it stays on after a reload', async () => {
    await page.goto(`${H5_URL}/#/pages/me/index`);
    const sample = page.locator('#settings');
    await sample.waitFor({ timeout: 15_000 });
    const fontSize = () =>
      sample.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('.cell, span, div') ?? el).fontSize));
    const before = await fontSize();
    await page.locator('#elder-switch').click();
    await page.waitForFunction(() => document.querySelector('.page.elder') !== null, null, { timeout: 5_000 });
    const after = await fontSize();
    expect(after).toBeGreaterThanOrEqual(before * 1.15);
    await shot(page, 'me-elder-mode');

    await page.goto(H5_URL);
    await page.locator('#home-items').waitFor({ timeout: 15_000 });
    await expect(page.locator('.page.elder').count()).resolves.toBeGreaterThan(0);
    await shot(page, 'home-elder-mode');
  });
});
