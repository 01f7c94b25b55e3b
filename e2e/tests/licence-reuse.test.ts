import { type ApplicationView, type LicenceList, type StaffApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api, call, write } from '../src/api';
import { launch, phone } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { pngFile } from '../src/files';
import { logInThroughWechat, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snapAt } from '../src/settle';
import { makeFrontClerk, makeStaff, openFromQueue, shown } from '../src/staff';
import { actAndSee } from '../src/conflict';

/**
 * 材料免提交 with an electronic licence (电子证照), end to end on H5: a resident's first case (营业执照,
 * GETI-YINGYE) is issued by the window; in a second case (食品经营许可证) the 营业执照 material is
 * stood for by that licence with one tap, no upload; the window sees where it comes from. The first
 * case runs through the API (its journey is another test's subject); the second one on screen.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let clerk: Page;
const stamp = Date.now().toString(36);
const CERTIFICATE = `92371327MA${stamp.toUpperCase().slice(-6)}X`;
let secondId = '';

async function newPage(): Promise<Page> {
  const context = await phone(browser);
  contexts.push(context);
  return context.newPage();
}

/** The first case, 营业执照, from draft to issued through the API, with the people of the journey. */
async function firstCaseIssued(residentToken: string, frontName: string, clerkName: string): Promise<void> {
  let view = await call<ApplicationView>('POST', '/applications', { items: ['GETI-YINGYE'] }, residentToken);
  view = await write<ApplicationView>(
    'PATCH',
    `/applications/${view.id}`,
    view.version,
    {
      data: {
        storeName: '春梅便民超市',
        premisesAddress: '莒南县十字路街道民主路 66 号',
        businessScope: '预包装食品、日用百货零售',
        organizationForm: 'personal',
        capital: 5_000_000,
      },
      delivery: { method: 'window' },
    },
    residentToken,
  );
  view = await write<ApplicationView>(
    'PUT',
    `/applications/${view.id}/commitment`,
    view.version,
    { how: 'app' },
    residentToken,
  );
  const submitted = await fetch(`${API_URL}/applications/${view.id}/submit`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${residentToken}`,
      'idempotency-key': `licence-${stamp}`,
    },
    body: '{}',
  });
  expect(submitted.status).toBe(200);
  const front = (await api.login(frontName)).accessToken;
  const staff = (await api.login(clerkName)).accessToken;
  let s = await write<StaffApplicationView>(
    'POST',
    `/staff/applications/${view.id}/accept`,
    view.version + 1,
    {},
    front,
  );
  s = await write<StaffApplicationView>(
    'POST',
    `/staff/applications/${view.id}/items/GETI-YINGYE/approve`,
    s.version,
    {},
    staff,
  );
  s = await write<StaffApplicationView>(
    'POST',
    `/staff/applications/${view.id}/issue`,
    s.version,
    { certificateNo: CERTIFICATE },
    staff,
  );
  expect(s.status).toBe('ready_for_pickup');
}

beforeAll(async () => {
  browser = await launch();
  resident = await newPage();
  clerk = await newPage();
  const frontName = await makeFrontClerk(`licfront_${stamp}`, '县政务服务中心二楼');
  const clerkName = await makeStaff(`licclerk_${stamp}`, '县市场监督管理局');
  await logInThroughWechat(clerk, clerkName);
  await logInThroughWechat(resident, `licres_${stamp}`);
  await verifyRealName(resident, '赵春梅', '13905398899');
  await firstCaseIssued(await tokenOf(resident), frontName, clerkName);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('a second case reuses the certificate the first case issued', () => {
  it('the issued 营业执照 is the resident’s electronic licence', async () => {
    const { items } = await call<LicenceList>('GET', '/licences', undefined, await tokenOf(resident));
    expect(items).toEqual([
      expect.objectContaining({ type: '营业执照', number: CERTIFICATE, issuer: '县市场监督管理局' }),
    ]);
  });

  it('attaches it to the 食品经营许可证 case with one tap instead of an upload', async () => {
    const token = await tokenOf(resident);
    const draft = await call<ApplicationView>('POST', '/applications', { items: ['SHIPIN-JINGYING'] }, token);
    secondId = draft.id;
    await resident.goto(`${H5_URL}/#/apply/materials/index?id=${secondId}`);
    await shown(resident, '#materials').waitFor({ timeout: 15_000 });
    const choice = shown(resident, '#licence-choice-business_license');
    await choice.waitFor({ timeout: 15_000 });
    await expect(choice.textContent()).resolves.toContain(CERTIFICATE);
    await snapAt(resident, '#material-business_license', 'licence-1-offered');
    await actAndSee(
      resident,
      () => shown(resident, '[id^="licence-use-business_license-"]').first().click(),
      shown(resident, '#material-business_license-held'),
    );
    await expect(shown(resident, '#material-business_license-held').textContent()).resolves.toContain(CERTIFICATE);
    await snapAt(resident, '#material-business_license', 'licence-2-attached');
    const stored = await api.getCase(token, secondId);
    const material = stored.materials.find((m) => m.code === 'business_license');
    expect(material?.uploadIds).toEqual([]);
    expect(material?.heldBy).toMatchObject({ kind: 'licence', number: CERTIFICATE });
  });

  it('the window sees where the licence comes from once the case is submitted', async () => {
    const token = await tokenOf(resident);
    const view = await api.getCase(token, secondId);
    await write<ApplicationView>(
      'PATCH',
      `/applications/${secondId}`,
      view.version,
      {
        data: {
          storeName: '春梅便民超市',
          premisesAddress: '莒南县十字路街道民主路 66 号',
          premisesArea: 60,
          foodCategories: ['prepackaged'],
        },
        delivery: { method: 'window' },
      },
      token,
    );
    await resident.goto(`${H5_URL}/#/apply/materials/index?id=${secondId}`);
    await shown(resident, '#materials').waitFor({ timeout: 15_000 });
    for (const code of ['premises_proof', 'layout_plan']) {
      await shown(resident, `#material-${code} input[type=file]`)
        .last()
        .setInputFiles(pngFile(`${code}.png`));
      await shown(resident, `#material-${code}`).getByText('已上传 1 份').first().waitFor({ timeout: 15_000 });
    }
    await resident.goto(`${H5_URL}/#/apply/review/index?id=${secondId}`);
    await actAndSee(resident, () => shown(resident, '#commitment-sign').click(), shown(resident, '#commitment-signed'));
    await shown(resident, '#submit-button').click();
    await resident.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });

    await openFromQueue(clerk, 'acceptance', secondId);
    const line = shown(clerk, '#staff-case').getByText(`电子证照：营业执照，编号 ${CERTIFICATE}`);
    await line.first().waitFor({ timeout: 15_000 });
    await snapAt(clerk, '#case-materials', 'licence-3-staff-origin');
  });
});
