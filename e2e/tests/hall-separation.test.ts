import { type StaffApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { desktop, launch, phone } from '../src/browser';
import { actAndSee } from '../src/conflict';
import { API_URL, H5_URL } from '../src/env';
import { logInThroughWechat, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';
import { makeStaff, openFromQueue, openWorkbench, shown, staffStatus } from '../src/staff';
import { applyForUtilities, UTILITIES } from '../src/utilities';

/**
 * 受审分离 and the window at a PC, on H5: a clerk of 县公用事业服务中心 accepts a resident's 水电气联合过户
 * case in the app and is then shown 受审分离's note instead of 审批通过 (the API refuses their approval
 * with 409); a colleague of the same department, at a PC (1280×800), opens the case beside the queue
 * with the keyboard and approves the department's item there; the colleague's 叫号 console and
 * today's hall figures at the same width.
 */
const DEPARTMENT = UTILITIES.department;
const ITEM = UTILITIES.code;
const NOTE = '受审分离：您受理了本件，请由其他同事审批';

let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
/** The clerk who accepts (a phone-sized window), and the colleague at a PC. */
let acceptor: Page;
let colleague: Page;

const stamp = Date.now().toString(36);
let caseId = '';
let number = '';

beforeAll(async () => {
  browser = await launch();
  for (const make of [phone, phone, desktop]) contexts.push(await make(browser));
  [resident, acceptor, colleague] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page, Page];
  await logInThroughWechat(acceptor, await makeStaff(`sep_a_${stamp}`, DEPARTMENT));
  await logInThroughWechat(colleague, await makeStaff(`sep_b_${stamp}`, DEPARTMENT));
});
afterAll(async () => {
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
    await snap(acceptor, 'hall-separation-note');

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
    await snap(colleague, 'hall-desktop-approved');
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
});
