import { type ApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api, call } from '../src/api';
import { launch, phone } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { pngFile } from '../src/files';
import { logInThroughWechat, typeInto, uploadMaterials, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';
import { makeFrontClerk, makeStaff, openFromQueue, shown, waitForStaffStatus } from '../src/staff';
import { actAndSee } from '../src/conflict';

/**
 * 容缺受理 online, end to end on H5: a resident applies for 居住证 without the 就业或就读证明, signs the
 * guide's 承诺书 on the review step and submits; the comprehensive window accepts with the gap (its
 * deadline on the case); the day before it falls due the reminder goes out; the department approves,
 * but the certificate waits; the resident uploads the missing proof from the case page, and the window
 * issues. The form's values are sent through the API (the form itself is the subject of other journeys).
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let front: Page;
let police: Page;
const stamp = Date.now().toString(36);
let caseId = '';

async function newPage(): Promise<Page> {
  const context = await phone(browser);
  contexts.push(context);
  return context.newPage();
}
const residentCase = async (): Promise<ApplicationView> => api.getCase(await tokenOf(resident), caseId);

beforeAll(async () => {
  browser = await launch();
  resident = await newPage();
  front = await newPage();
  police = await newPage();
  await logInThroughWechat(front, await makeFrontClerk(`gapfront_${stamp}`, '县政务服务中心一楼'));
  await logInThroughWechat(police, await makeStaff(`gappolice_${stamp}`, '县公安局'));
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('an online 容缺 case: commitment, acceptance with the gap, reminder, upload, issue', () => {
  it('the guide names the 容缺 material and the 承诺书', async () => {
    await logInThroughWechat(resident, `gapres_${stamp}`);
    await verifyRealName(resident, '赵春梅', '13905397788');
    await resident.goto(`${H5_URL}/#/pages/guide/index?code=JUZHUZHENG`);
    await shown(resident, '#guide-commitment').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#guide-commitment').textContent()).resolves.toContain('5 个工作日内补齐');
    await snapAt(resident, '#guide-commitment', 'gap-1-guide-commitment');
  });

  it('signs the 承诺书 on the review step and submits without the 容缺 material', async () => {
    const token = await tokenOf(resident);
    const draft = await call<ApplicationView>('POST', '/applications', { items: ['JUZHUZHENG'] }, token);
    caseId = draft.id;
    const res = await fetch(`${API_URL}/applications/${caseId}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'if-match': String(draft.version),
      },
      body: JSON.stringify({
        data: {
          homeRegion: ['山东省', '临沂市', '兰山区'],
          residenceAddress: '莒南县十字路街道民主路 66 号',
          residenceSince: '2025-03-01',
        },
        delivery: { method: 'window' },
      }),
    });
    expect(res.status).toBe(200);
    await uploadMaterials(resident, caseId, ['photo', 'residence_proof']);
    await expect(shown(resident, '#material-employment_proof').textContent()).resolves.toContain(
      '签署承诺书后可先提交',
    );

    await resident.goto(`${H5_URL}/#/apply/review/index?id=${caseId}`);
    await shown(resident, '#review-commitment').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#commitment-gaps').textContent()).resolves.toContain('就业或就读证明');
    await snap(resident, 'gap-2-review-commitment');
    await actAndSee(resident, () => shown(resident, '#commitment-sign').click(), shown(resident, '#commitment-signed'));
    await snapAt(resident, '#review-commitment', 'gap-3-signed');
    await shown(resident, '#submit-button').click();
    await resident.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
    const stored = await residentCase();
    expect(stored).toMatchObject({ status: 'submitted', commitment: { how: 'app' } });
  });

  it('the comprehensive window accepts with the gap; the case shows it with its deadline', async () => {
    await openFromQueue(front, 'acceptance', caseId);
    await shown(front, '#staff-commitment').waitFor({ timeout: 15_000 });
    await shown(front, '#action-accept').click();
    await expect(shown(front, '#accept-dialog').textContent()).resolves.toContain('申请人已签署承诺书');
    await snap(front, 'gap-4-accept-dialog');
    await shown(front, '#accept-send').click();
    await waitForStaffStatus(front, '已受理');
    await expect(shown(front, '#case-gaps').textContent()).resolves.toContain('就业或就读证明');

    const stored = await residentCase();
    expect(stored.gaps).toEqual(['employment_proof']);
    expect(stored.gapsDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await resident.reload();
    await shown(resident, '#case-gaps').waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#case-gaps-due').textContent()).resolves.toMatch(/请于 \d+月\d+日 前上传/);
    await snap(resident, 'gap-5-case-gap');
  });

  it('the day before the gap falls due, a reminder goes out and shows on the case', async () => {
    const { gapsDue } = await residentCase();
    const dayBefore = new Date(Date.parse(`${gapsDue}T10:00:00+08:00`) - 86_400_000).toISOString();
    const res = await fetch(`${API_URL.replace(/\/api\/v1\/?$/, '')}/__e2e/gap-reminders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: dayBefore }),
    });
    expect(res.status).toBe(200);
    expect(((await residentCase()).timeline ?? []).map((e) => e.action)).toContain('gap_reminded');
    await resident.reload();
    await shown(resident, '#case-timeline').getByText('提醒补交容缺材料').first().waitFor({ timeout: 15_000 });
  });

  it('the department approves; the resident uploads the proof on the case page; the window issues', async () => {
    await openFromQueue(police, 'approval', caseId);
    await actAndSee(
      police,
      () => shown(police, '#approve-JUZHUZHENG').click(),
      shown(police, '#staff-case #case-status').getByText('审批通过', { exact: true }),
    );
    await snap(police, 'gap-6-approved-gap-open');

    await resident.reload();
    await shown(resident, '#material-employment_proof').waitFor({ timeout: 15_000 });
    await shown(resident, '#material-employment_proof input[type=file]')
      .last()
      .setInputFiles(pngFile('employment.png'));
    // The gap closes with the upload: the section leaves the page and the timeline says so.
    await shown(resident, '#case-timeline').getByText('补交容缺材料').first().waitFor({ timeout: 15_000 });
    await shown(resident, '#case-gaps').waitFor({ state: 'detached', timeout: 15_000 });
    expect((await residentCase()).gaps ?? []).toEqual([]);
    await snap(resident, 'gap-7-supplied');

    await openFromQueue(police, 'issuance', caseId);
    await shown(police, '#action-issue').click();
    await typeInto(police, '#certificate-no', '鲁居证字2026第0088号');
    await shown(police, '#issue-send').click();
    await waitForStaffStatus(police, '待领取');
    await snap(police, 'gap-8-issued');
    expect((await residentCase()).status).toBe('ready_for_pickup');
  });
});
