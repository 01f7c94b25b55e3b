import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api } from '../src/api';
import {
  acceptAsStaff,
  agentCases,
  completeLaonianCase,
  elderIdNumber,
  LAONIAN,
  makeAgent,
  readCase,
  settledShot,
  someStation,
  verifyRealNameWith,
  withWrongCheck,
} from '../src/agent';
import { launch, phone, shot } from '../src/browser';
import { H5_URL } from '../src/env';
import { pngFile } from '../src/files';
import { logInThroughWechat, startWechatLogin, typeInto, verifyRealName } from '../src/flows';
import { actAndSee } from '../src/conflict';
import { settled } from '../src/settle';
import { caseIdIn, tokenOf } from '../src/session';
import { makeStaff, shown } from '../src/staff';
import { eventually } from '../src/wait';

/**
 * Issue 6's journey: a village agent applies for 老年优待证 for an elderly resident with a signed
 * paper authorization, all through the app; the window accepts it (the staff contract); another agent
 * cannot see it. Then the agent applies for a second resident, who confirms in their own browser by
 * opening the authorization QR code's URL (logging in and verifying their real name on the way), and
 * only then does the agent's submit go through.
 */
const stamp = Date.now();
let browser: Browser;
let agentContext: BrowserContext;
let residentContext: BrowserContext;
let agent: Page;
let resident: Page;

const AGENT_NAME = '李代办';
const elder = { name: '张桂兰', idNumber: elderIdNumber(), phone: '13905390021' };
const neighbour = { name: '赵建华', idNumber: elderIdNumber(), phone: '13905390022' };
let paperCaseId = '';
let paperNumber = '';
let otherAgentToken = '';
let staffToken = '';

beforeAll(async () => {
  browser = await launch();
  agentContext = await phone(browser);
  residentContext = await phone(browser);
  agent = await agentContext.newPage();
  resident = await residentContext.newPage();

  const admin = await api.login('admin');
  const station = await someStation(admin.accessToken, 0);
  await makeAgent(`agent_${stamp}`, station);
  await makeAgent(`agent2_${stamp}`, await someStation(admin.accessToken, 1));
  otherAgentToken = (await api.login(`agent2_${stamp}`)).accessToken;
  staffToken = (await api.login(await makeStaff(`mz_${stamp}`, LAONIAN.department))).accessToken;
});
afterAll(async () => {
  await browser.close();
});

const text = async (page: Page, selector: string) => ((await shown(page, selector).first().textContent()) ?? '').trim();

/** 新建代办 from the station page: the item from the search, then the resident, ID number checked as typed. */
async function newCaseFor(page: Page, person: typeof elder, slip: boolean): Promise<string> {
  await shown(page, '#agent-item-picker').waitFor({ timeout: 15_000 });
  await typeInto(page, '#agent-item-picker #search-input', '老年优待');
  // Tap once the page has stopped sliding in: a tap during the slide can miss the row.
  await settled(page);
  await shown(page, `#agent-item-${LAONIAN.code} .item-row`).click({ timeout: 15_000 });
  await shown(page, '#agent-selected-item').getByText('老年优待证办理').waitFor();
  await typeInto(page, '#agent-applicant-name', person.name);
  await typeInto(page, '#agent-applicant-phone', person.phone);
  if (slip) {
    await typeInto(page, '#agent-applicant-id', person.idNumber.slice(0, 10));
    await shown(page, '#agent-id-feedback').getByText('已输入 10 位，还差 8 位').waitFor();
    await typeInto(page, '#agent-applicant-id', withWrongCheck(person.idNumber));
    await shown(page, '#agent-id-feedback').getByText('身份证号校验位不正确，请核对').waitFor();
    // (Taro's H5 button is a custom element: its disabled look is the class)
    expect(await shown(page, '#agent-create').getAttribute('class')).toContain('btn--disabled');
    await settledShot(page, 'agent-new-id-check-digit');
  }
  await typeInto(page, '#agent-applicant-id', person.idNumber);
  await shown(page, '#agent-id-feedback').getByText('校验通过', { exact: false }).waitFor();
  await shown(page, '#agent-create').click();
  await page.waitForURL(/agent\/authorization\/index/, { timeout: 15_000 });
  await shown(page, '#authorization-status').waitFor({ timeout: 15_000 });
  return caseIdIn(page);
}

describe('a village agent applies for 老年优待证 with a signed paper authorization', () => {
  it('opens the station from 我的 once the agent role is given', async () => {
    await logInThroughWechat(agent, `agent_${stamp}`);
    await verifyRealName(agent, AGENT_NAME, '13805390001');
    await shown(agent, '#agent-entry').click();
    await shown(agent, '#agent-station-name').waitFor({ timeout: 15_000 });
    expect(await text(agent, '#agent-station-name')).toMatch(/代办点$/);
    expect(await text(agent, '#agent-count-all')).toContain('0');
    await settledShot(agent, 'agent-station');
  });

  it('starts the case for the resident, the ID number checked as it is typed', async () => {
    await shown(agent, '#agent-new').click();
    paperCaseId = await newCaseFor(agent, elder, true);
    expect(paperCaseId).toMatch(/^[0-9a-f]{24}$/);
    expect(await text(agent, '#authorization-status')).toBe('待居民确认');
    await shown(agent, '#authorization-qr').waitFor();
    expect(await text(agent, '#authorization-url')).toMatch(new RegExp(`^${H5_URL}/q/[A-Za-z0-9_-]{4,32}$`));
    await settledShot(agent, 'agent-authorization-qr');

    const stored = await readCase(await tokenOf(agent), paperCaseId);
    expect(stored.body.submittedBy).toMatchObject({ role: 'agent', name: AGENT_NAME });
    expect(stored.body.applicant?.idNumberMasked).toBe(
      `${elder.idNumber.slice(0, 3)}${'*'.repeat(11)}${elder.idNumber.slice(-4)}`,
    );
    expect(stored.body.authorization).toMatchObject({ status: 'pending' });
  });

  it('uploads the photo of the signed paper form', async () => {
    await actAndSee(
      agent,
      () => shown(agent, '#paper-authorization input[type=file]').setInputFiles(pngFile('authorization.png')),
      shown(agent, '#paper-status').getByText('待窗口核验'),
    );
    expect(await text(agent, '#authorization-summary')).toContain('已取得居民授权');
    // the paper form suffices, so the code folds away
    await shown(agent, '#authorization-show-qr').waitFor();
    await settledShot(agent, 'agent-paper-uploaded');
    const stored = await readCase(await tokenOf(agent), paperCaseId);
    expect(stored.body.authorization?.paper).toMatchObject({ check: 'unchecked' });
  });

  it('fills the form, materials and pick-up for the resident and submits', async () => {
    await shown(agent, '#authorization-continue').click();
    await agent.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
    await shown(agent, '#apply-form').waitFor({ timeout: 15_000 });
    // The resident's details come from what the agent typed, masked and read-only.
    expect(await text(agent, '#input-applicantIdNumber')).toContain(elder.idNumber.slice(-4));
    await actAndSee(
      agent,
      () => typeInto(agent, '#field-homeAddress', '莒南县大店镇东山村 12 号'),
      shown(agent, '#save-status').getByText('已保存'),
    );
    await settledShot(agent, 'agent-apply-form');
    await shown(agent, '#form-next').click();

    await shown(agent, '#materials').waitFor({ timeout: 15_000 });
    for (const code of LAONIAN.requiredMaterials) {
      await shown(agent, `#material-${code} input[type=file]`)
        .last()
        .setInputFiles(pngFile(`${code}.png`));
      await shown(agent, `#material-${code}`).getByText('已上传 1 份').waitFor({ timeout: 15_000 });
    }
    await shown(agent, '#materials-next').click();

    await shown(agent, '#delivery-window').click({ timeout: 15_000 });
    await shown(agent, '#delivery-window[data-checked="true"]').waitFor({ timeout: 15_000 });
    await shown(agent, '#delivery-next').click();

    await shown(agent, '#review-authorization').getByText('已取得居民授权').waitFor({ timeout: 15_000 });
    await settledShot(agent, 'agent-review');
    await actAndSee(agent, () => shown(agent, '#submit-button').click(), shown(agent, '#case-detail #case-number'));
    paperNumber = (await text(agent, '#case-number')).match(/ZW\d{14}/)?.[0] ?? '';
    expect(paperNumber).toMatch(/^ZW\d{14}$/);
    await shown(agent, '#case-authorization').waitFor();
    await settledShot(agent, 'agent-case-submitted');
  });

  it('is accepted by the window, which checks the paper form with it', async () => {
    const accepted = await acceptAsStaff(staffToken, paperCaseId);
    expect(accepted.status).toBe('accepted');
    const stored = await readCase(await tokenOf(agent), paperCaseId);
    expect(stored.body.status).toBe('accepted');
    expect(stored.body.authorization?.paper?.check).toBe('accepted');

    await agent.goto(`${H5_URL}/#/agent/authorization/index?id=${paperCaseId}`);
    await shown(agent, '#paper-status').getByText('窗口已核验').waitFor({ timeout: 15_000 });
    await settledShot(agent, 'agent-paper-accepted');
  });

  it('is listed for its agent, and another agent can neither open nor list it', async () => {
    await agent.goto(`${H5_URL}/#/agent/cases/index`);
    await shown(agent, `#case-${paperCaseId}`).waitFor({ timeout: 15_000 });
    expect(await text(agent, `#case-${paperCaseId}`)).toContain(paperNumber);
    await settledShot(agent, 'agent-cases');

    const other = await readCase(otherAgentToken, paperCaseId);
    expect(other.status).toBe(404);
    expect(other.body.error?.code).toBe('NOT_FOUND');
    const list = await agentCases(otherAgentToken);
    expect(list.items.map((c) => c.id)).not.toContain(paperCaseId);
    const own = await agentCases(await tokenOf(agent));
    expect(own.items.map((c) => c.id)).toContain(paperCaseId);
  });
});

describe('a resident confirms an agent authorization in their own WeChat', () => {
  let caseId = '';
  let qrUrl = '';

  it('the agent cannot submit before the resident has confirmed', async () => {
    await agent.goto(`${H5_URL}/#/agent/station/index`);
    await shown(agent, '#agent-new').click({ timeout: 15_000 });
    caseId = await newCaseFor(agent, neighbour, false);
    qrUrl = await text(agent, '#authorization-url');
    await completeLaonianCase(await tokenOf(agent), caseId);

    await agent.goto(`${H5_URL}/#/apply/review/index?id=${caseId}`);
    await shown(agent, '#review-authorization')
      .getByText('尚未取得居民授权', { exact: false })
      .waitFor({ timeout: 15_000 });
    await shown(agent, '#submit-button').click();
    await agent.getByText('尚未取得申请人授权', { exact: false }).first().waitFor({ timeout: 10_000 });
    await shot(agent, 'agent-submit-refused'); // with the toast saying why
    expect((await readCase(await tokenOf(agent), caseId)).body.status).toBe('draft');
  });

  it('opens the QR code, logs in and verifies their real name on the way', async () => {
    await resident.goto(qrUrl);
    await shown(resident, '#authorization-login').waitFor({ timeout: 15_000 });
    await settledShot(resident, 'resident-authorization-login');
    await shown(resident, '#authorization-login-button').click();
    await shown(resident, '#login-wechat').waitFor({ timeout: 15_000 });
    await startWechatLogin(resident);
    await resident.waitForURL(/\/connect\/oauth2\/authorize/);
    await resident.locator('#mock-oauth-user').fill(`neighbour_${stamp}`);
    await resident.locator('#mock-oauth-confirm').click();
    // Back through the login page to the authorization, which asks for the real name first.
    await shown(resident, '#authorization-verify').waitFor({ timeout: 20_000 });
    await shown(resident, '#authorization-verify-button').click();
    await shown(resident, '#authorization-hint').waitFor({ timeout: 15_000 });
    await settledShot(resident, 'resident-verify-first');
    await verifyRealNameWith(resident, neighbour.name, neighbour.idNumber, neighbour.phone);
    // An older resident reads better with 长辈模式, which the confirm page keeps.
    await shown(resident, '#elder-switch').click();
    await shown(resident, '#me.elder').waitFor({ timeout: 5_000 });
    await shown(resident, '#resume-authorization').click();
  });

  it('sees who asks for what, and confirms', async () => {
    await shown(resident, '#authorization-confirm').waitFor({ timeout: 15_000 });
    await shown(resident, '#authorization.elder').waitFor();
    expect(await text(resident, '#authorization-agent')).toContain(AGENT_NAME);
    expect(await text(resident, '#authorization-items')).toBe('老年优待证办理');
    expect(await text(resident, '#authorization-applicant')).toContain(neighbour.idNumber.slice(-4));
    await settledShot(resident, 'resident-authorization-confirm');
    await shown(resident, '#authorization-confirm').click();
    await shown(resident, '#authorization-result').getByText('您已确认授权').waitFor({ timeout: 15_000 });
    await settledShot(resident, 'resident-authorization-confirmed');
  });

  it('lets the agent submit, and the case shows in the resident’s list as the agent’s', async () => {
    await agent.goto(`${H5_URL}/#/agent/authorization/index?id=${caseId}`);
    await shown(agent, '#authorization-refresh').click({ timeout: 15_000 });
    await shown(agent, '#authorization-status').getByText('已确认').waitFor({ timeout: 15_000 });
    await settledShot(agent, 'agent-authorization-confirmed');
    await shown(agent, '#authorization-review').click();
    await shown(agent, '#review-authorization').getByText('已取得居民授权').waitFor({ timeout: 15_000 });
    await actAndSee(agent, () => shown(agent, '#submit-button').click(), shown(agent, '#case-detail #case-number'));
    expect(await text(agent, '#case-number')).toMatch(/ZW\d{14}/);
    const submitted = await eventually(
      async () => (await readCase(await tokenOf(agent), caseId)).body,
      (body) => body.status === 'submitted',
    );
    expect(submitted.authorization?.status).toBe('confirmed');
    await settledShot(agent, 'agent-submitted-after-confirm');

    await resident.goto(`${H5_URL}/#/pages/cases/list/index`);
    await shown(resident, `#case-agent-${caseId}`).waitFor({ timeout: 15_000 });
    expect(await text(resident, `#case-agent-${caseId}`)).toContain(AGENT_NAME);
    await settledShot(resident, 'resident-cases-by-agent');

    await resident.goto(`${H5_URL}/#/pages/authorizations/index`);
    await shown(resident, '#authorization-list').waitFor({ timeout: 15_000 });
    const row = shown(resident, '#authorization-list [id$="-status"]').first();
    expect(((await row.textContent()) ?? '').trim()).toBe('已确认');
    await shown(resident, '[id^="revoke-"]').first().waitFor();
    await settledShot(resident, 'resident-authorizations');
  });
});
