import { type LicenceList } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api, call } from '../src/api';
import { launch, phone } from '../src/browser';
import { H5_URL } from '../src/env';
import { logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { PHARMACY, startPharmacy, submitForWindow } from '../src/pharmacy';
import { tokenOf } from '../src/session';
import { snap, snapAt, snapQuiet } from '../src/settle';
import { makeFrontClerk, makeStaff, openFromQueue, openWorkbench, shown, staffStatus } from '../src/staff';
import { actAndSee } from '../src/conflict';

/**
 * 一链办理 passes results on, end to end on H5: a resident applies for 药店设立 without uploading the
 * 营业执照 the chain's first item issues; the comprehensive window accepts; 市场监管 approves in order (a
 * permit waits for the 营业执照); the window issues each item's own certificate number; the resident
 * sees each item's result, and the 营业执照 among their electronic licences.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let clerk: Page;
let front: Page;
const stamp = Date.now().toString(36);
let caseId = '';
const NUMBERS = ['92371327MA7C8D9E0F', 'Y37132702026001', 'JY13713270026002'];

async function newPage(): Promise<Page> {
  const context = await phone(browser);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  browser = await launch();
  resident = await newPage();
  clerk = await newPage();
  await logInThroughWechat(clerk, await makeStaff(`scjg_${stamp}`, PHARMACY.department));
  front = await newPage();
  await logInThroughWechat(front, await makeFrontClerk(`front_chain_${stamp}`, '县政务服务中心二楼'));
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('药店设立: each item passes its result on and has its own', () => {
  it('the resident is not asked for the 营业执照: the chain provides it', async () => {
    await logInThroughWechat(resident, `pharmacist_${stamp}`);
    await verifyRealName(resident, '孙丽华', '13905391234');
    caseId = await startPharmacy(resident);
    const card = shown(resident, `#material-${PHARMACY.heldByChain}`);
    await expect(card.locator('.tag').first().textContent()).resolves.toBe('本链提供');
    await expect(shown(resident, `#material-${PHARMACY.heldByChain}-held`).textContent()).resolves.toBe(
      '由本链「营业执照（个体工商户）」办结后提供（营业执照），无需上传',
    );
    await shown(resident, `#material-${PHARMACY.heldByChain}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await snapQuiet(resident, 'chain-material-held');
    const number = await submitForWindow(resident, caseId);
    expect(number).toMatch(/^ZW\d{14}$/);
    const stored = await api.getCase(await tokenOf(resident), caseId);
    expect(stored.status).toBe('submitted');
    expect(stored.materials.find((m) => m.code === PHARMACY.heldByChain)?.uploadIds).toEqual([]);
  });

  it('the comprehensive window accepts; 市场监管 approves the 营业执照 before the permits that take it', async () => {
    await openWorkbench(front);
    await openFromQueue(front, 'acceptance', caseId);
    await expect(shown(front, `#material-${PHARMACY.heldByChain}`).textContent()).resolves.toContain('由本链');
    await actAndSee(
      front,
      async () => {
        await shown(front, '#action-accept').click();
        await shown(front, '#accept-send').click();
      },
      staffStatus(front, '已受理'),
    );

    await openWorkbench(clerk);
    await openFromQueue(clerk, 'approval', caseId);
    const [licence, drugs, food] = PHARMACY.items;
    await expect(shown(clerk, `#item-${drugs.code}`).textContent()).resolves.toContain(
      '待「营业执照（个体工商户）」办结后审批',
    );
    await snap(clerk, 'chain-staff-order');
    // The permits wait for the 营业执照: no 审批通过 for them yet (the BFF would answer 409).
    await expect(shown(clerk, `#approve-${drugs.code}`).count()).resolves.toBe(0);
    await expect(shown(clerk, `#approve-${food.code}`).count()).resolves.toBe(0);
    for (const item of [licence, drugs, food]) {
      await actAndSee(
        clerk,
        () => shown(clerk, `#approve-${item.code}`).click(),
        shown(clerk, `#item-${item.code} .cell__desc`).getByText('已通过', { exact: false }),
      );
    }
    await staffStatus(clerk, '审批通过').waitFor({ timeout: 15_000 });
  });

  it('the window issues each item’s own certificate number', async () => {
    await openFromQueue(clerk, 'issuance', caseId);
    await shown(clerk, '#action-issue').click();
    for (const [i, item] of PHARMACY.items.entries()) {
      await typeInto(clerk, `#certificate-no-${item.code}`, NUMBERS[i] as string);
    }
    await snap(clerk, 'chain-staff-certificates');
    await actAndSee(clerk, () => shown(clerk, '#issue-send').click(), staffStatus(clerk, '待领取'));
    for (const [i, item] of PHARMACY.items.entries()) {
      await expect(shown(clerk, `#item-${item.code}`).textContent()).resolves.toContain(NUMBERS[i] as string);
    }
  });

  it('the resident sees each item’s result, and the 营业执照 among their licences', async () => {
    await resident.goto(`${H5_URL}/#/pages/cases/list/index`);
    await shown(resident, `#case-${caseId}`).click({ timeout: 15_000 });
    await shown(resident, '#case-item-results').waitFor({ timeout: 15_000 });
    for (const [i, item] of PHARMACY.items.entries()) {
      await expect(shown(resident, `#result-${item.code}-label`).textContent()).resolves.toBe('已办结');
      await expect(shown(resident, `#result-${item.code}`).textContent()).resolves.toContain(`证照编号 ${NUMBERS[i]}`);
    }
    await snapAt(resident, '#case-item-results', 'chain-resident-results');
    const stored = await api.getCase(await tokenOf(resident), caseId);
    expect(stored.items.map((i) => i.certificateNo)).toEqual(NUMBERS);
    const licences = await call<LicenceList>('GET', '/licences', undefined, await tokenOf(resident));
    expect(licences.items.filter((l) => l.caseId === caseId).map((l) => [l.type, l.number])).toEqual([
      ['营业执照', NUMBERS[0]],
    ]);
  });
});
