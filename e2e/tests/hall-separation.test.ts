import { type HallDaySlots, type HallGroupDetail, type StaffApplicationView, type TicketView } from '@onetrip/shared';
import { settledShot } from '../src/agent';
import { call } from '../src/api';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { desktop, launch, phone } from '../src/browser';
import { actAndSee } from '../src/conflict';
import { API_URL, H5_URL } from '../src/env';
import { logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
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
 * 受审分离 and the window at a PC, on H5: a clerk of 县公用事业服务中心 accepts a resident's 水电气联合过户
 * case in the app and is then shown 受审分离's note instead of 审批通过 (the API refuses their approval
 * with 409); a colleague of the same department, at a PC (1280×800), opens the case beside the queue
 * with the keyboard and approves the department's item there; the colleague's 叫号 console and
 * today's hall figures at the same width. Then the hall's results window (统一出件) issues the case and
 * hands it over in the app; the comprehensive window calls a resident's number on its 叫号 console
 * (the hall's clock moved into working hours through the e2e BFF's own route, and put back after).
 */
const HALL = '县政务服务中心一楼';
/** 社保医保 of the demo hall (windows A07, A09): no other journey takes its tickets. */
const GROUP = 'shebao-yibao';

/** The hall's clock of the e2e BFF (bff/test/e2e-server.ts): a Beijing instant it runs on from, or null. */
async function setHallClock(at: string | null): Promise<void> {
  const res = await fetch(`${API_URL.replace(/\/api\/v1\/?$/, '')}/__e2e/hall-clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at }),
  });
  if (res.status !== 204) throw new Error(`moving the hall's clock failed: ${res.status} ${await res.text()}`);
}

const beijing = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first working day from today on, as the hall's slots say (holidays and 调休 included). */
async function workingDay(): Promise<string> {
  const today = (await call<HallGroupDetail>('GET', `/hall/groups/${GROUP}`)).today.date;
  for (let i = 0; i <= 14; i += 1) {
    const date = addDays(today, i);
    if ((await call<HallDaySlots>('GET', `/hall/groups/${GROUP}/slots?date=${date}`)).open) return date;
  }
  throw new Error('no working day in the next two weeks');
}
const DEPARTMENT = UTILITIES.department;
const ITEM = UTILITIES.code;
const NOTE = '受审分离：您受理了本件，请由其他同事审批';

let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
/** The clerk who accepts (a phone-sized window), and the colleague at a PC. */
let acceptor: Page;
let colleague: Page;
/** The hall's results window and comprehensive window, on phones. */
let results: Page;
let front: Page;

const stamp = Date.now().toString(36);
let caseId = '';
let number = '';

beforeAll(async () => {
  browser = await launch();
  for (const make of [phone, phone, desktop, phone, phone]) contexts.push(await make(browser));
  [resident, acceptor, colleague, results, front] = (await Promise.all(contexts.map((c) => c.newPage()))) as Page[] as [
    Page,
    Page,
    Page,
    Page,
    Page,
  ];
  await logInThroughWechat(acceptor, await makeStaff(`sep_a_${stamp}`, DEPARTMENT));
  await logInThroughWechat(colleague, await makeStaff(`sep_b_${stamp}`, DEPARTMENT));
  await logInThroughWechat(results, await makeResultsClerk(`sep_r_${stamp}`, HALL));
  await logInThroughWechat(front, await makeFrontClerk(`sep_f_${stamp}`, HALL));
});
afterAll(async () => {
  await setHallClock(null);
  for (const context of contexts) await context.close();
  await browser.close();
});

/** The case as `page`'s clerk reads it through the API. */
async function staffView(page: Page): Promise<StaffApplicationView> {
  const res = await fetch(`${API_URL}/staff/applications/${caseId}`, {
    headers: { authorization: `Bearer ${await tokenOf(page)}` },
  });
  return (await res.json()) as StaffApplicationView;
}

describe('受审分离: the clerk who accepted a case does not approve it', () => {
  it('a resident applies for 水电气联合过户', async () => {
    await logInThroughWechat(resident, `sep_owner_${stamp}`);
    await verifyRealName(resident, '赵桂兰', '13905396611');
    ({ caseId, number } = await applyForUtilities(resident));
    expect(number).toMatch(/^ZW\d{14}$/);
  });

  it('the department clerk accepts it, then sees the note instead of 审批通过', async () => {
    await openWorkbench(acceptor);
    await expect(shown(acceptor, '#staff-who-title').textContent()).resolves.toBe(DEPARTMENT);
    await openFromQueue(acceptor, 'acceptance', caseId);
    const accept = async () => {
      await shown(acceptor, '#action-accept').click();
      await shown(acceptor, '#accept-send').click();
    };
    await actAndSee(acceptor, accept, staffStatus(acceptor, '已受理'));
    await expect(shown(acceptor, '#separation-note').textContent()).resolves.toBe(NOTE);
    await expect(shown(acceptor, `#approve-${ITEM}`).count()).resolves.toBe(0);
    await expect(shown(acceptor, `#deny-${ITEM}`).count()).resolves.toBe(0);
    await settledShot(acceptor, 'hall-separation-note');

    // The BFF refuses it too, whatever a client shows.
    const view = await staffView(acceptor);
    expect(view).toMatchObject({ status: 'accepted', acceptedByMe: true, mayDecide: false });
    const approve = await fetch(`${API_URL}/staff/applications/${caseId}/items/${ITEM}/approve`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenOf(acceptor)}`,
        'content-type': 'application/json',
        'if-match': String(view.version),
      },
      body: '{}',
    });
    expect(approve.status).toBe(409);
    await expect(approve.json()).resolves.toMatchObject({
      error: { code: 'INVALID_STATE', message: '受审分离：受理人不能审批本件' },
    });
  });

  it('a colleague at a PC opens it beside the queue with the keyboard and approves the item', async () => {
    await openWorkbench(colleague);
    await shown(colleague, '#stage-approval').click();
    const row = shown(colleague, `#queue-row-${caseId}`);
    await row.waitFor({ timeout: 15_000 });
    await shown(colleague, '#case-pane-empty').waitFor();
    // Reached and pressed like a button: focus, then Enter.
    await row.focus();
    await colleague.keyboard.press('Enter');
    const pane = shown(colleague, '#staff-case-pane');
    await pane.locator('#case-number').getByText(number).waitFor({ timeout: 15_000 });
    expect(colleague.url()).toContain('/staff/queue/index');

    // Side by side: the list on the left, the case on the right, both in the window.
    const [list, detail] = [await row.boundingBox(), await pane.boundingBox()];
    expect(list && detail && list.x + list.width <= detail.x).toBe(true);
    expect(detail && detail.x + detail.width <= 1280).toBe(true);
    await expect(pane.locator('#separation-note').count()).resolves.toBe(0);
    await snap(colleague, 'hall-desktop-split');

    await actAndSee(
      colleague,
      () => pane.locator(`#approve-${ITEM}`).click(),
      pane.locator(`#item-${ITEM}`).getByText('已通过'),
    );
    // The department's item is decided: the case leaves its approval queue, the pane keeps it open.
    await shown(colleague, `#queue-row-${caseId}`).waitFor({ state: 'detached', timeout: 15_000 });
    await settledShot(colleague, 'hall-desktop-approved');
    expect((await staffView(colleague)).items.find((i) => i.code === ITEM)?.status).toBe('approved');
  });

  it('at the same PC: the 叫号 console of the department’s group and today’s hall figures', async () => {
    await shown(colleague, '#call-entry').click();
    await shown(colleague, '#call-group-zonghe').waitFor({ timeout: 15_000 });
    // The department's item SDQ-GUOHU is in 综合受理 only.
    await expect(shown(colleague, '#call-group-budongchan').count()).resolves.toBe(0);
    await shown(colleague, '#call-window-A05').click();
    await shown(colleague, '#call-waiting')
      .getByText(/综合受理 等候 \d+ 人/)
      .waitFor({ timeout: 15_000 });
    expect(await shown(colleague, '#call-next').getAttribute('class')).not.toContain('btn--disabled');
    await snap(colleague, 'hall-desktop-call');

    await colleague.goto(`${H5_URL}/#/staff/dashboard/index`);
    await shown(colleague, '#hall-group-zonghe').waitFor({ timeout: 15_000 });
    await expect(shown(colleague, '#stats-hall').textContent()).resolves.toContain('今日大厅排队');
    await snapAt(colleague, '#stats-hall', 'hall-desktop-dashboard');
  });

  it('the results window issues the approved case and hands it over with the resident’s code', async () => {
    await openWorkbench(results);
    await expect(shown(results, '#staff-who-title').textContent()).resolves.toBe(`统一出件窗口 · ${HALL}`);
    await expect(shown(results, '#call-entry').count()).resolves.toBe(0);
    await openFromQueue(results, 'issuance', caseId);
    const issue = async () => {
      await shown(results, '#action-issue').click();
      await typeInto(results, '#certificate-no', '莒公用过户〔2026〕第0301号');
      await shown(results, '#issue-send').click();
    };
    await actAndSee(results, issue, staffStatus(results, '待领取'));

    await resident.goto(`${H5_URL}/#/pages/cases/detail/index?id=${caseId}`);
    const code = ((await shown(resident, '#pickup-code').textContent({ timeout: 15_000 })) ?? '').trim();
    expect(code).toMatch(/^\d{6}$/);
    await openFromQueue(results, 'pickup', caseId);
    const handOver = async () => {
      await shown(results, '#action-handover').click();
      for (const digit of code) await shown(results, `#keypad-${digit}`).click();
      await shown(results, '#handover-send').click();
    };
    await actAndSee(results, handOver, staffStatus(results, '已办结'));
    await settledShot(results, 'hall-results-handed-over');
  });

  it('the comprehensive window calls a resident’s number, serves and finishes it, and sees it counted', async () => {
    await openWorkbench(front);
    await expect(shown(front, '#staff-who-title').textContent()).resolves.toBe(`综合窗口 · ${HALL}`);
    await expect(shown(front, '#stage-approval').textContent()).resolves.toBe('我已受理');
    await snap(front, 'hall-front-workbench');

    // The hall hands out tickets in working hours only: its clock goes to 10:00 of a working day.
    await setHallClock(beijing(await workingDay(), '10:00'));
    const taken = await call<TicketView>('POST', '/tickets', { group: GROUP }, await tokenOf(resident));

    await shown(front, '#call-entry').click();
    await shown(front, `#call-group-${GROUP}`).click({ timeout: 15_000 });
    await shown(front, '#call-window-A07').click();
    await shown(front, '#call-waiting').getByText('社保医保 等候 1 人').waitFor({ timeout: 15_000 });
    await shown(front, '#call-next').click();
    await shown(front, '#call-number').getByText(taken.number, { exact: true }).waitFor({ timeout: 15_000 });
    await expect(shown(front, '#call-status').textContent()).resolves.toBe('已呼叫 · 请到 A07 窗口');
    await shown(front, '#call-recall').click();
    await shown(front, '#call-status').getByText('已重呼 1 次', { exact: false }).waitFor({ timeout: 15_000 });
    await settledShot(front, 'hall-front-call');
    const mine = await call<TicketView>('GET', `/tickets/${taken.id}`, undefined, await tokenOf(resident));
    expect(mine).toMatchObject({ status: 'called', window: 'A07' });

    await shown(front, '#call-serve').click();
    await shown(front, '#serve-send').click();
    await shown(front, '#call-status').getByText('办理中').waitFor({ timeout: 15_000 });
    await shown(front, '#call-done').click();
    await shown(front, '#call-status').getByText('已办结').waitFor({ timeout: 15_000 });

    await front.goto(`${H5_URL}/#/staff/dashboard/index`);
    const figures = shown(front, `#hall-group-${GROUP}`);
    await figures.waitFor({ timeout: 15_000 });
    expect(
      Number(await shown(front, `#hall-group-${GROUP}-tickets`).locator('.hall-figure__value').textContent()),
    ).toBeGreaterThanOrEqual(1);
    await expect(figures.textContent()).resolves.toContain('办结 1');
    await snapAt(front, '#stats-hall', 'hall-front-dashboard');
  });
});
