import { type ApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api } from '../src/api';
import { desktop, launch, phone } from '../src/browser';
import { actAndSee } from '../src/conflict';
import { H5_URL } from '../src/env';
import { pngFile } from '../src/files';
import { agreeIfAsked, logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';
import {
  makeFrontClerk,
  makeResultsClerk,
  makeStaff,
  openFromQueue,
  openWorkbench,
  shown,
  staffStatus,
} from '../src/staff';
import { applyForUtilities, UTILITIES } from '../src/utilities';

/**
 * Clear next steps on the resident's case page, end to end on H5: a resident applies for 水电气联合过户
 * (window pick-up); the hall's comprehensive window sends a one-time notice naming one form field and
 * one material; the case page shows the stage bar and 请补正… in warning colours; 去补正 opens exactly
 * the named field, then exactly the named material, each highlighted with the notice's reason (the rest
 * folded away); the review lists both as changed; the resubmitted case is accepted, approved and issued
 * by the results window (统一出件), and the pick-up code comes with the window, hours and address.
 * The staff case page's labels stay whole beside long values, on a phone and on a PC.
 */
const HALL = '县政务服务中心一楼';
const FIELD = 'propertyAddress';
const MATERIAL = 'property_cert';
const FIELD_REASON = '房屋坐落应与产权证书一致，请写明楼号和单元';
const MATERIAL_REASON = '产权证书照片缺页，请上传全部页面';

let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let front: Page;
/** The department's clerk at a PC (1280 wide): the staff case beside the queue, at desktop width. */
let department: Page;
let results: Page;

const stamp = Date.now().toString(36);
let caseId = '';

async function residentCase(): Promise<ApplicationView> {
  return api.getCase(await tokenOf(resident), caseId);
}

async function openCasePage(): Promise<void> {
  await resident.goto(`${H5_URL}/#/pages/cases/detail/index?id=${caseId}`);
  await shown(resident, '#case-stage').waitFor({ timeout: 15_000 });
}

/** The colour a CSS variable of the page's theme gives text, as the browser computes it. */
function themeColor(page: Page, variable: string): Promise<string> {
  return page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${v})`;
    (document.querySelector('.page') ?? document.body).appendChild(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, variable);
}

/** Each 申请信息 label of the open staff case fits on one line beside its value (not one character per line). */
async function labelsStayWhole(page: Page, within = '#staff-case'): Promise<void> {
  const rows = shown(page, `${within} .data-row`);
  await rows.first().waitFor({ timeout: 15_000 });
  const squeezed = await rows.evaluateAll((els) =>
    els
      .map((el) => {
        const title = el.querySelector('.cell__title') as HTMLElement | null;
        if (!title) return null;
        const lineHeight =
          parseFloat(getComputedStyle(title).lineHeight) || parseFloat(getComputedStyle(title).fontSize) * 1.5;
        return title.getBoundingClientRect().height > lineHeight * 1.6 ? title.textContent : null;
      })
      .filter(Boolean),
  );
  expect(squeezed).toEqual([]);
}

beforeAll(async () => {
  browser = await launch();
  for (const make of [phone, phone, desktop, phone]) contexts.push(await make(browser));
  [resident, front, department, results] = (await Promise.all(contexts.map((c) => c.newPage()))) as [
    Page,
    Page,
    Page,
    Page,
  ];
  await logInThroughWechat(front, await makeFrontClerk(`sup_f_${stamp}`, HALL));
  await logInThroughWechat(department, await makeStaff(`sup_d_${stamp}`, UTILITIES.department));
  await logInThroughWechat(results, await makeResultsClerk(`sup_r_${stamp}`, HALL));
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('补正 opens exactly what the notice named, and the case page says what to do next', () => {
  it('a resident applies; the case page shows the stage bar with nothing to do yet', async () => {
    await logInThroughWechat(resident, `sup_owner_${stamp}`);
    await verifyRealName(resident, '孙秀兰', '13905398822');
    ({ caseId } = await applyForUtilities(resident));
    await shown(resident, '#case-stage').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#stage-accept').getAttribute('data-state')).resolves.toBe('current');
    await expect(shown(resident, '#case-next-text').textContent()).resolves.toBe('无需操作，受理后会通知您');
    await snap(resident, 'stage-submitted');
  });

  it('the comprehensive window sends a notice naming one field and one material; its staff labels stay whole', async () => {
    await openWorkbench(front);
    await openFromQueue(front, 'acceptance', caseId);
    await labelsStayWhole(front);
    await snapAt(front, '#case-data', 'staff-labels-phone');
    const send = async () => {
      await shown(front, '#action-supplement').click();
      await shown(front, `#target-field-${FIELD}`).click();
      await typeInto(front, '#supplement-reason', FIELD_REASON);
      await shown(front, '#supplement-add').click();
      await shown(front, `#target-material-${MATERIAL}`).click();
      await typeInto(front, '#supplement-reason', MATERIAL_REASON);
      await shown(front, '#supplement-add').click();
      await shown(front, '#supplement-send').click();
    };
    await actAndSee(front, send, staffStatus(front, '待补正'));
    expect((await residentCase()).notices.at(-1)?.problems).toEqual([
      { field: FIELD, reason: FIELD_REASON },
      { materialCode: MATERIAL, reason: MATERIAL_REASON },
    ]);
  });

  it('the case page says 请补正… in warning colours, and the timeline marks the notice as an alarm', async () => {
    const view = await residentCase();
    const fieldLabel = view.form.fields.find((f) => f.key === FIELD)?.label ?? '';
    const materialName = view.materials.find((m) => m.code === MATERIAL)?.name ?? '';
    await openCasePage();
    await expect(shown(resident, '#stage-accept').getAttribute('data-state')).resolves.toBe('current');
    const next = shown(resident, '#case-next');
    await expect(next.getAttribute('data-tone')).resolves.toBe('warning');
    await expect(shown(resident, '#case-next-text').textContent()).resolves.toBe(
      `请补正：${fieldLabel}、${materialName}`,
    );
    const color = await shown(resident, '#case-next-text').evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe(await themeColor(resident, '--c-orange-text'));
    const alarm = shown(resident, '#case-timeline .timeline__event--warning');
    await expect(alarm.first().textContent()).resolves.toContain('需补正材料');
    await snap(resident, 'stage-supplement');
  });

  it('去补正 shows exactly the named field, highlighted with the reason', async () => {
    await shown(resident, '#case-next-button').click();
    await resident.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
    await shown(resident, '#notice-form').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#apply-form .form-field').count()).resolves.toBe(1);
    await expect(shown(resident, `#field-${FIELD}`).getAttribute('class')).resolves.toContain('form-field--noticed');
    await expect(shown(resident, `#notice-field-${FIELD}`).textContent()).resolves.toBe(`补正要求：${FIELD_REASON}`);
    await expect(shown(resident, '#field-utilities').count()).resolves.toBe(0); // folded: no change asked
    await expect(shown(resident, '#apply-step-0').getAttribute('data-state')).resolves.toBe('warn');
    await snap(resident, 'supplement-form');

    await typeInto(resident, `#field-${FIELD}`, '莒南县人民路 26 号 3 号楼 2 单元 301');
    await shown(resident, '#save-status').getByText('已保存').waitFor({ timeout: 10_000 });
    await expect(shown(resident, '#apply-step-0').getAttribute('data-state')).resolves.toBe('done');
  });

  it('then exactly the named material, highlighted with the reason, the others folded', async () => {
    await shown(resident, '#form-next').click();
    await shown(resident, '#materials').waitFor({ timeout: 15_000 });
    const named = shown(resident, `#notice-material-${MATERIAL}`);
    await expect(named.textContent()).resolves.toContain(`补正要求：${MATERIAL_REASON}`);
    await expect(shown(resident, '#notice-materials').textContent()).resolves.toContain('请修改以下 1 项材料');
    await expect(shown(resident, '#materials-others').textContent()).resolves.toContain('其他材料（无需修改');
    await expect(shown(resident, '#material-id_card').count()).resolves.toBe(0);
    await snap(resident, 'supplement-materials');

    const card = named.locator(`#material-${MATERIAL}`);
    await card.locator('input[type=file]').last().setInputFiles(pngFile('property_cert_all_pages.png'));
    const two = card.getByText('已上传 2 份');
    await agreeIfAsked(resident, 'id_photo', two);
    await two.waitFor({ timeout: 15_000 });
    // The delivery was not named: 下一步 goes straight to the review.
    await expect(shown(resident, '#materials-next').textContent()).resolves.toBe('下一步：确认提交');
  });

  it('the review lists both as changed against the notice; the resubmitted case moves on', async () => {
    await shown(resident, '#materials-next').click();
    const review = shown(resident, '#review-supplement');
    await review.waitFor({ timeout: 15_000 });
    await expect(shown(resident, `#supplement-field-${FIELD}`).textContent()).resolves.toContain('已修改');
    await expect(shown(resident, `#supplement-material-${MATERIAL}`).textContent()).resolves.toContain('已修改');
    await snapAt(resident, '#review-supplement', 'supplement-review');
    await shown(resident, '#submit-button').click();
    await resident.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
    await expect(shown(resident, '#case-stage-status').textContent({ timeout: 15_000 })).resolves.toBe(
      '补正材料已提交，窗口正在重新审核',
    );
    expect((await residentCase()).status).toBe('submitted');
  });

  it('accepted, approved and issued for window pick-up: the code comes with the window, hours and address', async () => {
    await openFromQueue(front, 'acceptance', caseId);
    const accept = async () => {
      await shown(front, '#action-accept').click();
      await shown(front, '#accept-send').click();
    };
    await actAndSee(front, accept, staffStatus(front, '已受理'));

    // At a PC the case opens beside the queue.
    await openWorkbench(department);
    await shown(department, '#stage-approval').click();
    await shown(department, `#queue-row-${caseId}`).click({ timeout: 15_000 });
    const pane = shown(department, '#staff-case-pane');
    await pane.locator(`#approve-${UTILITIES.code}`).waitFor({ timeout: 15_000 });
    await labelsStayWhole(department, '#staff-case-pane');
    await snap(department, 'staff-labels-desktop');
    await actAndSee(
      department,
      () => pane.locator(`#approve-${UTILITIES.code}`).click(),
      pane.locator(`#item-${UTILITIES.code}`).getByText('已通过'),
    );

    await openWorkbench(results);
    await openFromQueue(results, 'issuance', caseId);
    const issue = async () => {
      await shown(results, '#action-issue').click();
      await typeInto(results, '#certificate-no', '莒公用过户〔2026〕第0412号');
      await shown(results, '#issue-send').click();
    };
    await actAndSee(results, issue, staffStatus(results, '待领取'));

    await openCasePage();
    await expect(shown(resident, '#pickup-code').textContent({ timeout: 15_000 })).resolves.toMatch(/^\d{6}$/);
    await expect(shown(resident, '#pickup-window').textContent()).resolves.toBe(`${HALL} 综合受理窗口 A03–A06`);
    await expect(shown(resident, '#pickup-hours').textContent()).resolves.toMatch(/^工作日 /);
    const address = (await shown(resident, '#pickup-address').textContent()) ?? '';
    expect(address.length).toBeGreaterThan(4);
    await expect(shown(resident, '#pickup-map').getAttribute('href')).resolves.toBe(
      `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`,
    );
    await expect(shown(resident, '#case-next-text').textContent()).resolves.toBe(
      '请凭取件码到综合受理窗口 A03–A06领取',
    );
    await expect(shown(resident, '#stage-deliver').getAttribute('data-state')).resolves.toBe('current');
    await snap(resident, 'stage-pickup');
  });
});
