import { type ApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { call } from '../src/api';
import { launch, phone } from '../src/browser';
import { H5_URL } from '../src/env';
import { pngFile, tinyPng } from '../src/files';
import { agreeIfAsked, logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { caseIdIn, tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';
import { shown } from '../src/staff';
import { eventually } from '../src/wait';

/**
 * Search that finds what residents call things (户口, 二手房) and never ends in a dead end; uploads that
 * help: a photo too small to read is refused with the reason, the ID card has a box per side and is
 * complete only with both, and a material's example opens from the upload step.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

/** Types into the home page's search and waits until the results are for these words. */
async function search(words: string) {
  await typeInto(page, '#search-input', words);
  await page.waitForFunction(
    () => {
      const text = document.querySelector('#home-items')?.textContent ?? '';
      return text.includes('搜索结果') && !text.includes('加载中');
    },
    null,
    { timeout: 10_000 },
  );
}

describe('a resident searches in their own words', () => {
  beforeAll(async () => {
    await page.goto(H5_URL);
    await page.locator('#home-items').waitFor({ timeout: 15_000 });
  });

  it('户口 finds the 户籍 items', async () => {
    await search('户口');
    const results = (await page.locator('#home-items').textContent()) ?? '';
    expect(results).toContain('户籍迁移（迁入本县）');
    expect(results).not.toContain('老年优待证办理');
    await snapAt(page, '#home-items', 'search-hukou');
  });

  it('二手房 shows the 二手房交易 chain above the items', async () => {
    await search('二手房');
    await shown(page, '#home-chains').getByText('二手房交易').waitFor({ timeout: 10_000 });
    await expect(page.locator('#home-chains').textContent()).resolves.toContain('相关一链办理');
    await expect(page.locator('#home-items').textContent()).resolves.toContain('不动产转移登记（二手房买卖）');
    const [chains, items] = await Promise.all(
      ['#home-chains', '#home-items'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)),
    );
    expect(chains).toBeLessThan(items as number);
    await snapAt(page, '#home-chains', 'search-ershoufang-chain');
  });

  it('words it does not know end with the phones and the popular items, not a dead end', async () => {
    await search('量子纠缠证明');
    await shown(page, '#home-no-results').waitFor({ timeout: 10_000 });
    const help = (await page.locator('#home-help-phones').textContent()) ?? '';
    expect(help).toContain('12345 政务服务便民热线');
    await shown(page, '#home-help-phones').getByText('中心咨询电话').waitFor({ timeout: 10_000 });
    await expect(page.locator('#home-popular').textContent()).resolves.toContain('老年优待证办理');
    await snapAt(page, '#home-empty', 'search-nothing-found');
    await page.locator('#home-popular').getByText('老年优待证办理').click();
    await page.waitForURL(/pages\/guide\/index/, { timeout: 15_000 });
  });
});

describe('the upload step helps to send readable photos', () => {
  let caseId = '';
  const materialsOf = async () =>
    (await call<ApplicationView>('GET', `/applications/${caseId}`, undefined, await tokenOf(page))).materials;

  beforeAll(async () => {
    await logInThroughWechat(page, `uploads_${Date.now()}`);
    await verifyRealName(page, '赵桂兰', '13905397788');
    await page.goto(`${H5_URL}/#/pages/guide/index?code=LAONIAN-YOUDAIZHENG`);
    await shown(page, '#guide-apply').click({ timeout: 15_000 });
    await page.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
    caseId = caseIdIn(page);
    await page.goto(`${H5_URL}/#/apply/materials/index?id=${caseId}`);
    await page.locator('#materials').waitFor({ timeout: 15_000 });
  });

  it('refuses a 1×1 picture before sending it, saying why and to retake it', async () => {
    await page
      .locator('#material-photo input[type=file]')
      .last()
      .setInputFiles({ name: 'tiny.png', mimeType: 'image/png', buffer: tinyPng() });
    const reason = page.getByText('图片太小（1×1 像素），无法看清内容。请在光线充足处对准材料重新拍摄，或上传 PDF');
    await reason.waitFor({ timeout: 10_000 });
    await expect(page.getByText('请重拍这张照片').isVisible()).resolves.toBe(true);
    await snap(page, 'upload-too-small');
    await page.getByText('去重拍').click();
    await reason.waitFor({ state: 'hidden', timeout: 10_000 });
    expect((await materialsOf()).find((m) => m.code === 'photo')?.uploadIds).toEqual([]);
  });

  it('opens the example photo from 查看示例, beside the retake hint', async () => {
    await expect(page.locator('#material-photo-retake').textContent()).resolves.toContain('四角完整、字迹清晰、无反光');
    await page.locator('#material-photo-sample').click();
    const viewer = page.locator('.preview-image');
    await viewer.waitFor({ timeout: 10_000 });
    await expect(viewer.locator('img').first().getAttribute('src')).resolves.toMatch(/\/catalog-files\/[0-9a-f]{24}$/);
    await snap(page, 'upload-sample-open');
    await viewer.click();
    await viewer.waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('shows the ID card’s two sides, and counts it complete only with both', async () => {
    const front = page.locator('#slot-id_card-front');
    const back = page.locator('#slot-id_card-back');
    await expect(front.textContent()).resolves.toContain('人像面');
    await expect(back.textContent()).resolves.toContain('国徽面');
    await snapAt(page, '#material-id_card', 'upload-id-card-sides-empty');

    await front.locator('input[type=file]').setInputFiles(pngFile('front.png'));
    await agreeIfAsked(page, 'id_photo', front.getByText('✓ 已上传'));
    await front.getByText('✓ 已上传').waitFor({ timeout: 15_000 });
    await expect(page.locator('#material-id_card-sides-missing').textContent()).resolves.toBe('还差国徽面，请补拍');

    await back.locator('input[type=file]').setInputFiles(pngFile('back.png'));
    await back.getByText('✓ 已上传').waitFor({ timeout: 15_000 });
    await page.locator('#material-id_card-sides-missing').waitFor({ state: 'detached', timeout: 10_000 });
    const idCard = await eventually(
      async () => (await materialsOf()).find((m) => m.code === 'id_card'),
      (m) => (m?.uploadIds.length ?? 0) === 2,
    );
    expect(idCard?.uploadSlots?.map((s) => s.slot).sort()).toEqual(['back', 'front']);
    await snapAt(page, '#material-id_card', 'upload-id-card-both-sides');
  });
});
