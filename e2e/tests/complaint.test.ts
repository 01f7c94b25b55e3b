import { randomInt } from 'node:crypto';
import { type CentrePublic, type ComplaintView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { call } from '../src/api';
import { desktop, launch, phone } from '../src/browser';
import { H5_URL, MOCK_URL } from '../src/env';
import { pngFile } from '../src/files';
import { logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { submitGjjWithdrawal } from '../src/gjj';
import { caseIdIn, tokenOf } from '../src/session';
import { snap, snapAt, snapQuiet } from '../src/settle';
import { shown } from '../src/staff';

/**
 * 投诉建议 end to end on H5: a resident sees 12345 and the centre's phone on a guide and on her case, files
 * a complaint about the case from its page with a photo; the admin finds it in the console's queue with its
 * time limit, opens it (the photo shows) and answers; the resident is told (a text naming 12345 and the
 * centre's phone, she has no mini-program), reads the answer and rates it.
 */
const ITEM = 'GJJ-TIQU';
const stamp = Date.now().toString(36);
const PHONE = `139${String(randomInt(1e8)).padStart(8, '0')}`;

let browser: Browser;
const contexts: BrowserContext[] = [];
let resident: Page;
let admin: Page;
let centre: CentrePublic;
let caseId = '';
let complaintId = '';

async function page(kind: 'desk' | 'phone'): Promise<Page> {
  const context = kind === 'desk' ? await desktop(browser) : await phone(browser);
  contexts.push(context);
  return context.newPage();
}

const textOf = async (p: Page, selector: string) =>
  ((await shown(p, selector).textContent({ timeout: 15_000 })) ?? '').trim();

beforeAll(async () => {
  browser = await launch();
  resident = await page('phone');
  await logInThroughWechat(resident, `complaint_${stamp}`);
  await verifyRealName(resident, '赵桂芳', PHONE);
  admin = await page('desk');
  await logInThroughWechat(admin, 'admin');
  centre = await call<CentrePublic>('GET', '/centre');
  if (!centre.phone) {
    await call(
      'PUT',
      '/admin/config/centre',
      {
        name: '莒南县政务服务中心',
        address: '山东省临沂市莒南县十字路街道民主路1号',
        phone: '0539-7211000',
      },
      await tokenOf(admin),
    );
    centre = await call<CentrePublic>('GET', '/centre');
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser.close();
});

describe('whom to call', () => {
  it('the guide shows 12345 and the centre’s phone beside its own 咨询电话', async () => {
    await resident.goto(`${H5_URL}/#/pages/guide/index?code=${ITEM}`);
    const help = shown(resident, '#guide-help');
    await help.getByText(`中心咨询电话 ${centre.phone ?? ''}`).waitFor({ timeout: 15_000 });
    await expect(help.textContent()).resolves.toContain('12345 政务服务便民热线');
    await snapAt(resident, '#guide-help', 'complaint-1-guide-phones');
  });
});

describe('a complaint about a case', () => {
  it('the resident files one from her case page with a photo', async () => {
    const token = await tokenOf(resident);
    caseId = await submitGjjWithdrawal(resident, token, stamp);

    await resident.goto(`${H5_URL}/#/pages/cases/detail/index?id=${caseId}`);
    const help = shown(resident, '#case-help');
    await help.getByText(`中心咨询电话 ${centre.phone ?? ''}`).waitFor({ timeout: 15_000 });
    await expect(help.textContent()).resolves.toContain('12345');
    await snapAt(resident, '#case-help', 'complaint-2-case-phones');

    await shown(resident, '#case-complaint').click();
    await shown(resident, '#complaint-new').waitFor({ timeout: 15_000 });
    await expect(textOf(resident, '#complaint-about')).resolves.toContain('公积金');
    await shown(resident, '#complaint-category-0').click();
    await typeInto(resident, '#complaint-text', '材料已交齐三天，电话一直无人接听，不知道进度。');
    await resident.locator('#complaint-photos input[type=file]').setInputFiles(pngFile('现场照片.png'));
    await shown(resident, '#complaint-photo-remove-0').waitFor({ timeout: 15_000 });
    await snap(resident, 'complaint-3-form');
    await shown(resident, '#complaint-submit').click();
    await shown(resident, '#complaint-detail #complaint-number').waitFor({ timeout: 15_000 });
    complaintId = caseIdIn(resident);
    await expect(textOf(resident, '#complaint-status')).resolves.toBe('待处理');
    await expect(textOf(resident, '#complaint-deadline')).resolves.toMatch(/^应于 .+ 前答复 · 正常$/);
    await snapQuiet(resident, 'complaint-4-filed');
  });

  it('the admin finds it in the console’s queue with its time limit, opens it with the photo, and answers', async () => {
    await admin.goto(`${H5_URL}/#/admin/index/index`);
    await shown(admin, '#admin-entry-complaints').click({ timeout: 15_000 });
    const row = shown(admin, `#queue-${complaintId}`);
    await row.waitFor({ timeout: 15_000 });
    await expect(row.textContent()).resolves.toMatch(/期限 .+正常/);
    await snapAt(admin, '#complaint-queue', 'complaint-5-queue');
    await row.click();
    await shown(admin, '#complaint-case-text').waitFor({ timeout: 15_000 });
    await shown(admin, '#complaint-case-photos .thumb__img').waitFor({ timeout: 15_000 });
    await expect(textOf(admin, '#complaint-case-person')).resolves.toContain('赵*芳');
    await shown(admin, '#complaint-answer-text textarea').fill(
      '经核查，该件已于今日审批通过，已责成窗口公开值班电话并加强接听。',
    );
    await snapAt(admin, '#complaint-case', 'complaint-6-answer');
    await shown(admin, '#complaint-answer-submit').click();
    await admin.locator('#complaint-case-status').getByText('已答复').waitFor({ timeout: 15_000 });
    await snapQuiet(admin, 'complaint-7-answered');
  });

  it('the resident is texted with 12345 and the centre’s phone, reads the answer and rates it', async () => {
    // No mini-program openid (an H5 login): the answer goes by SMS to her verified phone, within a few seconds.
    let text = '';
    for (let i = 0; i < 40 && !text; i += 1) {
      const res = await fetch(`${MOCK_URL}/__mock/sms?phone=${PHONE}`);
      const items = ((await res.json()) as { items: { params: Record<string, string> }[] }).items;
      text = items.map((m) => m.params.text ?? '').find((t) => t.includes('已答复')) ?? '';
      if (!text) await new Promise((r) => setTimeout(r, 500));
    }
    const view = await call<ComplaintView>('GET', `/complaints/${complaintId}`, undefined, await tokenOf(resident));
    expect(text).toContain(view.number);
    expect(text).toContain('12345');
    expect(text).toContain(centre.phone ?? '');

    await resident.goto(`${H5_URL}/#/complaint/detail/index?id=${complaintId}`);
    await shown(resident, '#complaint-answer-0').waitFor({ timeout: 15_000 });
    await expect(textOf(resident, '#complaint-answer-0')).resolves.toContain('已责成窗口公开值班电话');
    await snapAt(resident, '#complaint-answers', 'complaint-8-answer');
    await shown(resident, '#complaint-rate-0').click();
    await resident.locator('#complaint-status').getByText('已评价').waitFor({ timeout: 15_000 });
    await expect(textOf(resident, '#complaint-answer-0')).resolves.toContain('您的评价：满意');
    await snapQuiet(resident, 'complaint-9-rated');

    await resident.goto(`${H5_URL}/#/pages/me/index`);
    await shown(resident, '#me-complaints').click({ timeout: 15_000 });
    await shown(resident, `#complaint-row-${complaintId}`).waitFor({ timeout: 15_000 });
    await expect(textOf(resident, `#complaint-row-${complaintId}`)).resolves.toContain('已评价');
    await snap(resident, 'complaint-10-list');
  });
});
