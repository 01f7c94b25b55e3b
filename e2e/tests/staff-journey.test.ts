import { type ApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api } from '../src/api';
import { launch, phone } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { applyForEsf, ESF, ESF_LEAD, payOnCasePage } from '../src/esf';
import { pngFile } from '../src/files';
import { logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { settled, snap, snapAt } from '../src/settle';
import {
  makeFrontClerk,
  makeStaff,
  openFromQueue,
  openWorkbench,
  shown,
  staffStatus,
  waitForStaffStatus,
} from '../src/staff';
import { actAndSee } from '../src/conflict';
import { eventually } from '../src/wait';

/**
 * The window's side of a case, end to end on H5: the hall's comprehensive window (综合窗口) sends a
 * one-time notice with two problems, the resident fixes both and resubmits, the comprehensive window
 * accepts, each department approves its own item (后台分类审批, 并联审批; 受审分离 keeps the acceptor out),
 * the lead department issues for window pick-up, hands over with the resident's pick-up code, the
 * resident rates 2 stars (好差评), and the follow-up (回访) is closed from the followup queue. Every
 * step is done in the app; the API is used only to give the clerks their roles and to check results.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
/** One clerk per department of the chain, each in their own browser; `lead` is 不动产登记中心's. */
const clerks: Record<string, Page> = {};
let lead: Page;
/** The comprehensive window of the hall: notice and acceptance of every department's cases. */
let front: Page;

const stamp = Date.now().toString(36);
const residentName = `esf_owner_${stamp}`;
let caseId = '';
let number = '';

async function newPage(): Promise<Page> {
  const context = await phone(browser);
  contexts.push(context);
  return context.newPage();
}

async function residentCase(): Promise<ApplicationView> {
  return api.getCase(await tokenOf(resident), caseId);
}

/** The resident's case page, opened from 我的办件 as a resident would. */
async function openResidentCase(): Promise<void> {
  await resident.goto(`${H5_URL}/#/pages/cases/list/index`);
  await shown(resident, `#case-${caseId}`).click({ timeout: 15_000 });
  await shown(resident, '#case-status').waitFor({ timeout: 15_000 });
}

beforeAll(async () => {
  browser = await launch();
  resident = await newPage();
  for (const [i, item] of ESF.items.entries()) {
    const name = await makeStaff(`clerk${i}_${stamp}`, item.department);
    const page = await newPage();
    await logInThroughWechat(page, name);
    clerks[item.department] = page;
  }
  lead = clerks[ESF_LEAD] as Page;
  front = await newPage();
  await logInThroughWechat(front, await makeFrontClerk(`front_${stamp}`, '县政务服务中心一楼'));
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('the window handles a 二手房交易 case from notice to follow-up', () => {
  it('a resident applies for the chain; the 不动产登记费 waits for the approval', async () => {
    await logInThroughWechat(resident, residentName);
    await verifyRealName(resident, '王秀英', '13905397788');
    ({ caseId, number } = await applyForEsf(resident));
    expect(caseId).toMatch(/^[0-9a-f]{24}$/);
    expect(number).toMatch(/^ZW\d{14}$/);
    await shown(resident, '#pay-later').getByText('审批通过后缴费').waitFor({ timeout: 15_000 });
    expect(await resident.locator('#pay-button').count()).toBe(0);
    expect((await residentCase()).payment).toBeUndefined();
  });

  it('the comprehensive window sends one notice listing two problems', async () => {
    await openWorkbench(front);
    await openFromQueue(front, 'acceptance', caseId);
    await expect(shown(front, '#staff-case #case-number').textContent()).resolves.toBe(number);
    const sendNotice = async () => {
      await shown(front, '#action-supplement').click();
      await shown(front, '#target-material-id_card').click();
      await typeInto(front, '#supplement-reason', '身份证照片反光看不清，请重新拍摄上传');
      await shown(front, '#supplement-add').click();
      await shown(front, '#target-field-propertyAddress').click();
      await typeInto(front, '#supplement-reason', '房屋坐落应与不动产权证书一致，请写明楼号');
      await shown(front, '#supplement-add').click();
      await expect(shown(front, '#supplement-preview').textContent()).resolves.toContain('信息：房屋坐落');
      await snap(front, 'staff-supplement-notice');
      await shown(front, '#supplement-send').click();
    };
    await actAndSee(front, sendNotice, staffStatus(front, '待补正'));

    const stored = await residentCase();
    expect(stored.status).toBe('supplement_required');
    expect(stored.notices).toHaveLength(1);
    expect(stored.notices[0]?.problems).toEqual([
      { materialCode: 'id_card', reason: '身份证照片反光看不清，请重新拍摄上传' },
      { field: 'propertyAddress', reason: '房屋坐落应与不动产权证书一致，请写明楼号' },
    ]);
  });

  it('the resident sees both problems, fixes them and resubmits', async () => {
    await openResidentCase();
    const notices = (await shown(resident, '#case-notices').textContent()) ?? '';
    expect(notices).toContain('材料：居民身份证');
    expect(notices).toContain('身份证照片反光看不清');
    expect(notices).toContain('信息：房屋坐落');
    expect(notices).toContain('请写明楼号');
    await snap(resident, 'resident-supplement-notice');
    const before = await residentCase();
    const oldIdCard = before.materials.find((m) => m.code === 'id_card')?.uploadIds[0];

    await shown(resident, '#supplement-button').click();
    await resident.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
    await typeInto(resident, '#field-propertyAddress', '莒南县人民路 18 号 7 号楼 3 单元 502');
    await shown(resident, '#save-status').getByText('已保存').waitFor({ timeout: 10_000 });
    await shown(resident, '#form-next').click();
    await shown(resident, '#materials').waitFor({ timeout: 15_000 });
    // 替换 under the file's thumbnail (the other button, 上传, would add a second file).
    const card = shown(resident, '#material-id_card');
    await card.locator(`[data-upload="${oldIdCard}"]`).waitFor({ timeout: 15_000 });
    await settled(resident);
    await actAndSee(
      resident,
      () => card.locator('.thumbs__item input[type=file]').setInputFiles(pngFile('id_card_retaken.png')),
      card.locator(`[data-upload]:not([data-upload="${oldIdCard}"])`),
    );
    const idCardFiles = async () => (await residentCase()).materials.find((m) => m.code === 'id_card')?.uploadIds ?? [];
    const replaced = await eventually(idCardFiles, (ids) => ids.length === 1 && ids[0] !== oldIdCard);
    expect(replaced).toHaveLength(1);
    await resident.goto(`${H5_URL}/#/apply/review/index?id=${caseId}`);
    await actAndSee(
      resident,
      () => shown(resident, '#submit-button').filter({ hasText: '补正完成，重新提交' }).click({ timeout: 15_000 }),
      shown(resident, '#case-detail #case-status').getByText('已提交', { exact: true }),
    );

    const after = await residentCase();
    expect(after.status).toBe('submitted');
    expect(after.data.propertyAddress).toBe('莒南县人民路 18 号 7 号楼 3 单元 502');
    expect(after.timeline.map((e) => e.action)).toContain('resubmitted');
  });

  it('the comprehensive window accepts, and each department approves its own item', async () => {
    await openFromQueue(front, 'acceptance', caseId);
    const accept = async () => {
      await shown(front, '#action-accept').click();
      await shown(front, '#accept-send').click();
    };
    await actAndSee(front, accept, staffStatus(front, '已受理'));

    for (const [i, item] of ESF.items.entries()) {
      const clerk = clerks[item.department] as Page;
      await openWorkbench(clerk);
      await openFromQueue(clerk, 'approval', caseId);
      // Only the item of the clerk's own department can be decided here.
      for (const other of ESF.items) {
        await expect(shown(clerk, `#approve-${other.code}`).count()).resolves.toBe(other.code === item.code ? 1 : 0);
      }
      if (i === 1) await snap(clerk, 'staff-approve-own-item');
      await actAndSee(
        clerk,
        () => shown(clerk, `#approve-${item.code}`).click(),
        shown(clerk, `#item-${item.code}`).getByText('已通过'),
      );
    }
    await lead.reload();
    await waitForStaffStatus(lead, '审批通过');
    const stored = await residentCase();
    expect(stored.status).toBe('approved');
    expect(stored.items.map((i) => i.status)).toEqual(['approved', 'approved', 'approved']);
  });

  it('the resident pays the 不动产登记费 now that it is approved', async () => {
    await openResidentCase();
    await payOnCasePage(resident);
    await snapAt(resident, '#case-payment', 'esf-paid-after-approval');
    expect((await residentCase()).payment?.status).toBe('paid');
  });

  it('the lead department issues for window pick-up and hands over with the resident’s code', async () => {
    await openFromQueue(lead, 'issuance', caseId);
    const issue = async () => {
      await shown(lead, '#action-issue').click();
      // 一链办理: each item of the chain has its own result and number.
      const numbers = [
        '鲁(2026)莒南县不动产权第0100001号',
        '莒税完〔2026〕第0100001号',
        '莒公用过户〔2026〕第0100001号',
      ];
      for (const [i, item] of ESF.items.entries()) {
        await typeInto(lead, `#certificate-no-${item.code}`, numbers[i] as string);
      }
      await shown(lead, '#issue-send').click();
    };
    await actAndSee(lead, issue, staffStatus(lead, '待领取'));

    await openResidentCase();
    const code = ((await shown(resident, '#pickup-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{6}$/);
    await snap(resident, 'resident-pickup-code');

    const handOver = async () => {
      await shown(lead, '#action-handover').click();
      for (const digit of code) await shown(lead, `#keypad-${digit}`).click();
      await expect(shown(lead, '#keypad-code').getAttribute('data-value')).resolves.toBe(code);
      await snap(lead, 'staff-handover-keypad');
      await shown(lead, '#handover-send').click();
    };
    await actAndSee(lead, handOver, staffStatus(lead, '已办结'));
    expect((await residentCase()).status).toBe('completed');
  });

  it('the resident, in 长辈模式, rates the service 2 stars with reasons', async () => {
    await resident.goto(`${H5_URL}/#/pages/me/index`);
    await shown(resident, '#elder-switch').click();
    await resident.waitForFunction(() => document.querySelector('.page.elder') !== null, null, { timeout: 5_000 });
    await openResidentCase();
    await shown(resident, '#case-status').getByText('已办结', { exact: true }).waitFor();
    await shown(resident, '#rate-button').click();
    await shown(resident, '#rate-stars').waitFor({ timeout: 15_000 });
    await shown(resident, '#rate-star-2').click();
    await expect(shown(resident, '#rate-score-label').textContent()).resolves.toBe('2 星 · 不满意');
    await shown(resident, '#rate-tag-overdue').click();
    await shown(resident, '#rate-tag-extra-materials').click();
    await typeInto(resident, '#rate-comment', '补正时窗口又要了一份指南上没有的证明');
    await snap(resident, 'resident-rating');
    await shown(resident, '#rate-submit').click();
    await shown(resident, '#rate-done').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#rate-done-title').textContent()).resolves.toBe('感谢您的评价');
    await snap(resident, 'resident-rated');

    await shown(resident, '#rate-back').click();
    await shown(resident, '#rated-note').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#case-timeline').textContent()).resolves.toContain('已评价');
    await expect(shown(resident, '#rate-button').count()).resolves.toBe(0);
    await snap(resident, 'resident-case-rated');

    // A case is rated once: a second rating is refused.
    const again = await fetch(`${API_URL}/applications/${caseId}/evaluation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(resident)}` },
      body: JSON.stringify({ score: 5 }),
    });
    expect(again.status).toBe(409);
  });

  it('the follow-up shows the rating in the followup queue, and the clerk closes it with a note', async () => {
    await lead.goto(`${H5_URL}/#/staff/queue/index`);
    await shown(lead, '#stage-followup').click();
    const row = shown(lead, `#followup-rating-${caseId}`);
    await row.waitFor({ timeout: 15_000 });
    const rating = (await row.textContent()) ?? '';
    expect(rating).toContain('2 星');
    expect(rating).toContain('超时办理');
    expect(rating).toContain('要求指南外材料');
    expect(rating).toContain('指南上没有的证明');
    // Never who rated.
    await expect(shown(lead, `#queue-row-${caseId}`).textContent()).resolves.not.toContain('王');
    await snap(lead, 'staff-followup-queue');

    await openFromQueue(lead, 'followup', caseId);
    await shown(lead, '#action-followup-close').click();
    await typeInto(lead, '#followup-note', '已电话回访申请人，核实窗口多要材料属实，已批评教育并致歉');
    await snap(lead, 'staff-followup-dialog');
    await shown(lead, '#followup-send').click();
    await expect(shown(lead, '#followup-closed').textContent({ timeout: 15_000 })).resolves.toContain(
      '已电话回访申请人',
    );
    await snap(lead, 'staff-followup-closed');

    await lead.goto(`${H5_URL}/#/staff/queue/index`);
    await shown(lead, '#stage-followup').click();
    await shown(lead, '#queue-empty').waitFor({ timeout: 15_000 });
  });

  it('the department’s dashboard counts the case and its rating', async () => {
    await lead.goto(`${H5_URL}/#/staff/queue/index`);
    await shown(lead, '#dashboard-entry').click();
    await shown(lead, '#stats-summary').waitFor({ timeout: 15_000 });
    await shown(lead, '#period-week').click();
    await shown(lead, '#stats-updating').waitFor({ state: 'detached', timeout: 15_000 });
    await expect(shown(lead, '#stats-department').textContent()).resolves.toBe(ESF_LEAD);
    // Other journeys on the same stack may submit 二手房 cases too (resident-apply does): the figure is
    // the department's count as the server has it today, which holds this journey's case.
    const stats = (await (
      await fetch(`${API_URL}/staff/statistics`, { headers: { authorization: `Bearer ${await tokenOf(lead)}` } })
    ).json()) as { volumes: { department: string; count: number }[] };
    const volume = stats.volumes.filter((v) => v.department === ESF_LEAD).reduce((n, v) => n + v.count, 0);
    expect(volume).toBeGreaterThanOrEqual(1);
    await expect(shown(lead, '#stat-volume-value').textContent()).resolves.toBe(String(volume));
    await expect(shown(lead, '#stat-ontime-value').textContent()).resolves.toBe('100%');
    await expect(shown(lead, '#stat-good-value').textContent()).resolves.toBe('0%');
    await expect(shown(lead, '#status-legend-completed').textContent()).resolves.toContain('已办结 1');
    await expect(shown(lead, '#rating-bar-2').textContent()).resolves.toContain('1 条');
    await snap(lead, 'staff-dashboard');
    await snapAt(lead, '#stats-status', 'staff-dashboard-charts');

    await lead.goto(`${H5_URL}/#/pages/me/index`);
    await shown(lead, '#elder-switch').click();
    await lead.goto(`${H5_URL}/#/staff/dashboard/index`);
    await shown(lead, '.page.elder #stats-summary').waitFor({ timeout: 15_000 });
    await snap(lead, 'staff-dashboard-elder');
    await snapAt(lead, '#stats-status', 'staff-dashboard-elder-charts');
  });
});
