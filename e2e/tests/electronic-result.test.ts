import { type ApplicationView, type StaffApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { api, call, write } from '../src/api';
import { launch, phone } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { logInThroughWechat, uploadMaterials, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';
import { makeFrontClerk, makeStaff, shown } from '../src/staff';

/**
 * 电子送达, end to end on H5: a resident applies for 住房公积金提取 (GJJ-TIQU, 零跑腿 by an electronic result),
 * chooses 电子送达 on the delivery step and submits; the hall accepts, the 公积金 centre approves and issues
 * (through the API: the windows' screens are other journeys' subjects); the case is done at once, and the
 * resident downloads the 办理结果通知书 from the case page — no visit, no parcel.
 */
const ITEM = 'GJJ-TIQU';
const DEPARTMENT = '县住房公积金管理中心';
const stamp = Date.now().toString(36);
const CERTIFICATE = `公积金提字2026第${stamp.slice(-5)}号`;

let browser: Browser;
let context: BrowserContext;
let resident: Page;
let caseId = '';

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser);
  resident = await context.newPage();
  await logInThroughWechat(resident, `elres_${stamp}`);
  await verifyRealName(resident, '孙丽华', '13905391234');
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

describe('a case whose result is downloaded', () => {
  it('the resident chooses 电子送达 on the delivery step and submits', async () => {
    const token = await tokenOf(resident);
    let view = await call<ApplicationView>('POST', '/applications', { items: [ITEM] }, token);
    caseId = view.id;
    expect(view.electronicAllowed).toBe(true);
    // The form is another journey's subject: filled through the API, as the app saves it.
    view = await write<ApplicationView>(
      'PATCH',
      `/applications/${caseId}`,
      view.version,
      {
        data: {
          withdrawReason: 'rent',
          withdrawAmount: 1_200_000,
          bankAccount: '6222021234567890123',
          bankName: '中国工商银行莒南支行',
        },
      },
      token,
    );
    await uploadMaterials(resident, caseId, ['bank_card', 'purpose_proof']);

    await resident.goto(`${H5_URL}/#/apply/delivery/index?id=${caseId}`);
    await shown(resident, '#delivery-electronic').click({ timeout: 15_000 });
    await shown(resident, '#delivery-electronic[data-checked="true"]').waitFor({ timeout: 15_000 });
    await snap(resident, 'electronic-1-delivery');
    await shown(resident, '#delivery-next').click();
    await shown(resident, '#submit-button').click({ timeout: 15_000 });
    await resident.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
    await shown(resident, '#case-result-pending').waitFor({ timeout: 15_000 });
    expect((await api.getCase(token, caseId)).delivery).toEqual({ method: 'electronic' });
  });

  it('the issue completes the case at once; the resident downloads the PDF from the case page', async () => {
    const front = (await api.login(await makeFrontClerk(`elfront_${stamp}`, '县政务服务中心一楼'))).accessToken;
    const clerk = (await api.login(await makeStaff(`elclerk_${stamp}`, DEPARTMENT))).accessToken;
    const submitted = await api.getCase(await tokenOf(resident), caseId);
    let s = await write<StaffApplicationView>(
      'POST',
      `/staff/applications/${caseId}/accept`,
      submitted.version,
      {},
      front,
    );
    s = await write<StaffApplicationView>(
      'POST',
      `/staff/applications/${caseId}/items/${ITEM}/approve`,
      s.version,
      {},
      clerk,
    );
    s = await write<StaffApplicationView>(
      'POST',
      `/staff/applications/${caseId}/issue`,
      s.version,
      { certificateNo: CERTIFICATE },
      clerk,
    );
    expect(s.status).toBe('completed');

    await resident.goto(`${H5_URL}/#/pages/cases/detail/index?id=${caseId}`);
    const button = shown(resident, '#certificate-download');
    await button.waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#case-status').textContent()).resolves.toBe('已办结');
    await snapAt(resident, '#case-result', 'electronic-2-case-page');

    // The app fetches the PDF with the token and opens it in a new tab (or saves it when the tab is blocked).
    const opened = Promise.race([
      context.waitForEvent('page', { timeout: 15_000 }).then((page) => ({ page })),
      resident.waitForEvent('download', { timeout: 15_000 }).then((download: Download) => ({ download })),
    ]);
    await button.click();
    const outcome = await opened;
    if ('page' in outcome) {
      expect(outcome.page.url()).toMatch(/^blob:/);
      await outcome.page.close();
    } else {
      expect(outcome.download.suggestedFilename()).toContain('办理结果通知书');
    }
    const res = await fetch(`${API_URL}/applications/${caseId}/certificate.pdf`, {
      headers: { authorization: `Bearer ${await tokenOf(resident)}` },
    });
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
