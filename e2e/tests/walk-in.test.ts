import { type ApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { call } from '../src/api';
import { desktop, launch, phone } from '../src/browser';
import { actAndSee } from '../src/conflict';
import { H5_URL } from '../src/env';
import { textsTo } from '../src/express';
import { pngFile } from '../src/files';
import { confirmPicker, logInThroughWechat, typeInto } from '../src/flows';
import { randomIdNumber } from '../src/ids';
import { tokenOf } from '../src/session';
import { snap, snapAt, snapQuiet } from '../src/settle';
import {
  makeFrontClerk,
  makeResultsClerk,
  makeStaff,
  openFromQueue,
  openWorkbench,
  shown,
  staffStatus,
} from '../src/staff';
import { eventually } from '../src/wait';

/**
 * (a) A walk-in without WeChat, end to end on H5: the hall's comprehensive window (综合窗口), at a PC
 * (1280×800), looks up an unknown ID number, registers the person (the real-name simulator checks
 * the name), starts one case for two items of two departments (老年优待证 of 县民政局 and 残疾人证 of
 * 县残联, 一次办多事), fills the one form, uploads the scanned papers, checks the originals and chooses
 * window pick-up. The hospital's assessment form is missing, so the intake is refused with a
 * 一次性告知书; the person comes back with it, is found by ID number, and the same case is continued
 * and accepted; the 受理回执 is shown, downloaded as a PDF and texted. Each department approves its own
 * item (并联审批), the results window (统一出件) issues and hands over with the pick-up code the person
 * got by text, and the public progress lookup shows the case completed.
 */
const HALL = '县政务服务中心一楼';
const ITEMS = [
  { code: 'LAONIAN-YOUDAIZHENG', name: '老年优待证办理', department: '县民政局' },
  { code: 'CANJIREN-ZHENG', name: '残疾人证办理', department: '县残疾人联合会' },
] as const;
/** The materials the two items need, each once (the ID card, register and photo are shared)… */
const BROUGHT_FIRST = ['id_card', 'household_register', 'photo'] as const;
/** …and the hospital's assessment form, brought on the second visit. */
const BROUGHT_LATER = 'disability_assessment';
/** The originals the clerk sees at the counter: the cards; the assessment form is the hospital's own copy. */
const ORIGINALS = ['id_card', 'household_register'] as const;

const stamp = Date.now().toString(36);
const person = {
  name: '孙桂芝',
  // Born in the 1950s: 老年优待证 is for people over 60.
  idNumber: randomIdNumber(1950, 1959),
  phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
};
const CERTIFICATE = `鲁莒残证${stamp}`;
const FRONT = `walkin_front_${stamp}`;

let browser: Browser;
const contexts: BrowserContext[] = [];
/** The comprehensive window at a PC; one clerk of each department and the results window on phones. */
let front: Page;
const departments: Page[] = [];
let results: Page;
let caseId = '';
let number = '';

async function newPage(make: (b: Browser) => Promise<BrowserContext>): Promise<Page> {
  const context = await make(browser);
  contexts.push(context);
  return context.newPage();
}

/** The case as the comprehensive window reads it through the counter's API. */
async function counterCase(): Promise<ApplicationView & { missing: unknown[] }> {
  return call('GET', `/counter/cases/${caseId}`, undefined, await tokenOf(front));
}

/** One scanned paper for a material, through the file input over its 上传 button. */
async function scan(code: string): Promise<void> {
  await shown(front, `#material-${code} input[type=file]`)
    .last()
    .setInputFiles(pngFile(`${code}-scan.png`));
  await shown(front, `#material-${code}`).getByText('已上传 1 份').waitFor({ timeout: 15_000 });
}

beforeAll(async () => {
  browser = await launch();
  front = await newPage(desktop);
  await logInThroughWechat(front, await makeFrontClerk(FRONT, HALL));
  for (const [i, item] of ITEMS.entries()) {
    const page = await newPage(phone);
    await logInThroughWechat(page, await makeStaff(`walkin_dept${i}_${stamp}`, item.department));
    departments.push(page);
  }
  results = await newPage(phone);
  await logInThroughWechat(results, await makeResultsClerk(`walkin_results_${stamp}`, HALL));
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser.close();
});

describe('a walk-in without WeChat is served at the counter, end to end', () => {
  it('the comprehensive window looks up an unknown ID number and registers the person', async () => {
    await openWorkbench(front);
    await shown(front, '#counter-entry').click();
    await shown(front, '#counter-id').waitFor({ timeout: 15_000 });
    await typeInto(front, '#counter-id', person.idNumber);
    await expect(shown(front, '#counter-id-feedback').textContent()).resolves.toContain('校验通过');
    await snap(front, 'walkin-1-find');
    // Enter looks up, as 查询 does.
    await front.locator('#counter-id input').press('Enter');
    await shown(front, '#counter-unknown').waitFor({ timeout: 15_000 });

    await typeInto(front, '#counter-name', person.name);
    // Enter moves on to the phone, which is typed from the keyboard; Enter there registers.
    await front.locator('#counter-name input').press('Enter');
    await front.keyboard.type(person.phone);
    await expect(front.locator('#counter-phone input').inputValue()).resolves.toBe(person.phone);
    await snap(front, 'walkin-2-register');
    await front.keyboard.press('Enter');
    await shown(front, '#counter-person').waitFor({ timeout: 15_000 });
    const card = (await shown(front, '#counter-person').textContent()) ?? '';
    expect(card).toContain(person.name);
    expect(card).toContain('未用微信');
    expect(card).not.toContain(person.idNumber);
  });

  it('chooses two items of two departments and starts one case', async () => {
    for (const item of ITEMS) {
      await typeInto(front, '#counter-items #search-input', item.name.slice(0, 4));
      // The search has answered once the other item, not chosen yet or chosen before, is out of the list.
      const other = ITEMS.find((i) => i.code !== item.code)?.code ?? '';
      await front.locator(`#counter-item-${other}`).waitFor({ state: 'detached', timeout: 15_000 });
      await shown(front, `#counter-item-${item.code}`).click({ timeout: 15_000 });
    }
    await expect(shown(front, '#counter-selected').textContent()).resolves.toContain('老年优待证办理、残疾人证办理');
    await snapQuiet(front, 'walkin-3-items');
    await shown(front, '#counter-start').click();
    await front.waitForURL(/staff\/counter\/case\/index/, { timeout: 15_000 });
    caseId = new URL(front.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(caseId).toMatch(/^[0-9a-f]{24}$/);
    await shown(front, '#counter-form').waitFor({ timeout: 15_000 });
    const stored = await counterCase();
    expect(stored.status).toBe('draft');
    expect(stored.items.map((i) => i.code)).toEqual(ITEMS.map((i) => i.code));
    // The registration fills the form: nothing is asked twice.
    await expect(shown(front, '#field-applicantName').textContent()).resolves.toContain('来自柜台登记');
    await expect(shown(front, '#missing-count').textContent()).resolves.toMatch(/^还缺 \d+ 项/);
    await snapQuiet(front, 'walkin-4-case');
  });

  it('fills the form, scans the papers brought, checks the originals and chooses window pick-up', async () => {
    await typeInto(front, '#field-homeAddress', '莒南县十字路街道人民路 18 号');
    await shown(front, '#input-disabilityType').click();
    await confirmPicker(front);
    await shown(front, '#save-status[data-status="saved"]').waitFor({ timeout: 10_000 });

    for (const code of BROUGHT_FIRST) await scan(code);
    for (const code of ORIGINALS) {
      await shown(front, `#original-${code}`).click();
      await shown(front, `#material-${code}`).getByText('✓ 原件已核验').waitFor({ timeout: 15_000 });
    }
    await shown(front, '#delivery-window').click();
    await shown(front, '#delivery-window.radio-row--on').waitFor({ timeout: 15_000 });
    await shown(front, `#missing-material-${BROUGHT_LATER}`).waitFor({ timeout: 15_000 });
    await expect(shown(front, '#missing-count').textContent()).resolves.toMatch(/^还缺 1 项/);
    // Not a gap the counter may accept (the assessment is required by 残疾人证 and not 容缺): 受理 waits.
    await shown(front, '#counter-accept.btn--disabled').waitFor({ timeout: 15_000 });

    const stored = await counterCase();
    expect(stored.missing).toEqual([expect.objectContaining({ materialCode: BROUGHT_LATER, gapAllowed: false })]);
    expect(stored.data.homeAddress).toBe('莒南县十字路街道人民路 18 号');
    expect(stored.materials.filter((m) => m.originalChecked).map((m) => m.code)).toEqual([...ORIGINALS]);
    await snapAt(front, '#counter-materials', 'walkin-5-materials');
  });

  it('the assessment form is missing: the intake is refused with a 一次性告知书', async () => {
    await shown(front, '#counter-refuse').click();
    await shown(front, '#refuse-dialog').waitFor({ timeout: 15_000 });
    await expect(shown(front, '#refuse-listed').textContent()).resolves.toContain('残疾评定表');
    await actAndSee(front, () => shown(front, '#refuse-send').click(), shown(front, '#receipt-paper'));
    await expect(shown(front, '#receipt-title').textContent()).resolves.toContain('一次性告知书');
    await expect(shown(front, '#receipt-paper').textContent()).resolves.toContain('残疾评定表');
    await expect(shown(front, '#counter-noticed').textContent()).resolves.toContain('已出具一次性告知书 1 次');
    const stored = await counterCase();
    expect(stored.status).toBe('draft');
    expect(stored.notices).toHaveLength(1);
    // From the top: the notice beside the form, what is missing above it.
    await shown(front, '#counter-head').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await snapQuiet(front, 'walkin-6-notice');

    // The same case on the clerk's phone: what is missing first, the two buttons at the bottom.
    const pocket = await newPage(phone);
    await logInThroughWechat(pocket, FRONT);
    await pocket.goto(`${H5_URL}/#/staff/counter/case/index?id=${caseId}`);
    await shown(pocket, '#counter-missing').waitFor({ timeout: 15_000 });
    await expect(shown(pocket, '.bottom-bar #counter-accept').count()).resolves.toBe(1);
    await expect(shown(pocket, '#counter-side').count()).resolves.toBe(0);
    await snap(pocket, 'walkin-6-notice-phone');
  });

  it('the person comes back with it: found by ID number, and the same case is continued', async () => {
    await front.goto(`${H5_URL}/#/staff/counter/index`);
    await shown(front, '#counter-id').waitFor({ timeout: 15_000 });
    await typeInto(front, '#counter-id', person.idNumber);
    await front.locator('#counter-id input').press('Enter');
    await shown(front, '#counter-person').waitFor({ timeout: 15_000 });
    await expect(shown(front, '#counter-person-name').textContent()).resolves.toBe(person.name);
    await expect(shown(front, `#counter-case-${caseId}`).textContent()).resolves.toContain('继续办理');
    await shown(front, `#counter-case-${caseId}`).click();
    await shown(front, '#counter-form').waitFor({ timeout: 15_000 });
    // What was brought the first time is still there: nothing is asked twice.
    await shown(front, '#material-id_card').getByText('✓ 原件已核验').waitFor({ timeout: 15_000 });
    await scan(BROUGHT_LATER);
    await expect(shown(front, '#missing-count').textContent()).resolves.toBe('✓ 信息和材料齐全，可以受理');
    expect((await counterCase()).missing).toEqual([]);
    await snapQuiet(front, 'walkin-7-complete');
  });

  it('accepts, shows the 受理回执, downloads its PDF and texts it to the person', async () => {
    await shown(front, '#counter-accept').click();
    await shown(front, '#accept-dialog').waitFor({ timeout: 15_000 });
    await expect(shown(front, '#accept-dialog').textContent()).resolves.toContain('原件已核验 2 / ');
    await actAndSee(front, () => shown(front, '#accept-send').click(), shown(front, '#counter-accepted'));
    number = ((await shown(front, '#case-number').textContent()) ?? '').trim();
    expect(number).toMatch(/^ZW\d{14}$/);
    await shown(front, '#receipt-paper').waitFor({ timeout: 15_000 });
    await expect(shown(front, '#receipt-title').textContent()).resolves.toContain('受理回执');
    const paper = (await shown(front, '#receipt-paper').textContent()) ?? '';
    expect(paper).toContain(number);
    expect(paper).toContain('老年优待证办理');
    expect(paper).toContain('残疾人证办理');
    expect(paper).toContain('原件已核验');
    expect(paper).not.toContain(person.idNumber);
    await snapQuiet(front, 'walkin-8-receipt');

    // 打印/下载 PDF fetches it with the clerk's token and opens it in a tab of its own, where it is printed.
    const [pdf, tab] = await Promise.all([
      front.waitForResponse((res) => res.url().endsWith(`/counter/cases/${caseId}/receipt.pdf`), { timeout: 30_000 }),
      front.context().waitForEvent('page', { timeout: 30_000 }),
      shown(front, '#receipt-pdf').click(),
    ]);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(tab.url()).toMatch(/^blob:/);
    const opened = await tab.evaluate(async () => {
      const blob = await (await fetch(window.location.href)).blob();
      return { type: blob.type, head: await blob.slice(0, 4).text() };
    });
    expect(opened).toEqual({ type: 'application/pdf', head: '%PDF' });
    await tab.close();

    await shown(front, '#receipt-sms').click();
    await shown(front, '#receipt-sms-result').waitFor({ timeout: 15_000 });
    await expect(shown(front, '#receipt-sms-result').textContent()).resolves.toContain(
      `${person.phone.slice(0, 3)}****${person.phone.slice(-4)}`,
    );
    const texts = await eventually(
      () => textsTo(person.phone),
      (items) => items.some((t) => t.template === 'counter_receipt' && t.params.number === number),
    );
    const receipt = texts.find((t) => t.template === 'counter_receipt');
    expect(receipt?.params.link).toMatch(/\/receipts\/[A-Za-z0-9_-]{32}$/);
    // The texted link opens the same PDF without signing in.
    const texted = await fetch(receipt?.params.link ?? '');
    expect(texted.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await texted.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
  });

  it('each department approves its own item in parallel', async () => {
    for (const [i, item] of ITEMS.entries()) {
      const clerk = departments[i] as Page;
      await openWorkbench(clerk);
      await openFromQueue(clerk, 'approval', caseId);
      // Only the clerk's own department's item can be decided here.
      for (const other of ITEMS) {
        await expect(shown(clerk, `#approve-${other.code}`).count()).resolves.toBe(other.code === item.code ? 1 : 0);
      }
      await actAndSee(
        clerk,
        () => shown(clerk, `#approve-${item.code}`).click(),
        shown(clerk, `#item-${item.code}`).getByText('已通过'),
      );
      if (i === 1) await snapQuiet(clerk, 'walkin-9-department-approves');
    }
    await eventually(counterCase, (c) => c.status === 'approved');
  });

  it('the results window issues, and hands over with the pick-up code the person got by text', async () => {
    await openWorkbench(results);
    await openFromQueue(results, 'issuance', caseId);
    const issue = async () => {
      await shown(results, '#action-issue').click();
      await typeInto(results, '#certificate-no', CERTIFICATE);
      await shown(results, '#issue-send').click();
    };
    await actAndSee(results, issue, staffStatus(results, '待领取'));

    // No WeChat: the pick-up code comes by text message to the phone registered at the counter.
    const texts = await eventually(
      () => textsTo(person.phone),
      (items) => items.some((t) => t.template === 'pickup_code' && t.params.number === number),
      30_000,
    );
    const code = texts.find((t) => t.template === 'pickup_code')?.params.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await shown(results, '#action-handover').click();
    for (const digit of code) await shown(results, `#keypad-${digit}`).click();
    await snap(results, 'walkin-10-handover');
    await actAndSee(results, () => shown(results, '#handover-send').click(), staffStatus(results, '已办结'));
  });

  it('the public progress lookup shows the case completed', async () => {
    const visitor = await newPage(phone);
    await visitor.goto(`${H5_URL}/#/pages/progress/index`);
    await typeInto(visitor, '#progress-number', number);
    await typeInto(visitor, '#progress-phone', person.phone.slice(-4));
    await visitor.locator('#progress-submit').click();
    await visitor.locator('#progress-status').getByText('已办结', { exact: true }).waitFor({ timeout: 15_000 });
    const result = (await visitor.locator('#progress-result').textContent()) ?? '';
    expect(result).toContain(number);
    expect(result).toContain('老年优待证办理、残疾人证办理');
    await snap(visitor, 'walkin-11-progress');
  });
});
