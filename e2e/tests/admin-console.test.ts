import { type ItemGuide, type MeResponse, type StaffApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api, call, write } from '../src/api';
import { desktop, launch, phone } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { confirmPicker, logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { submitGjjWithdrawal } from '../src/gjj';
import { tokenOf } from '../src/session';
import { snap, snapAt } from '../src/settle';
import { makeFrontClerk, makeStaff, shown } from '../src/staff';

/**
 * 管理控制台 and 效能监察, end to end on H5 at a desk: the admin adds a material with a sample image to
 * 老年优待证's guide and publishes it, and a resident sees it in the guide; finds a person by name and
 * makes them window staff; makes a poster for the item, whose PDF prints and whose QR link opens the
 * guide; and on the supervision dashboard finds a case past its promised days, chases it, and the
 * department's clerk sees the chase on the case.
 */
const ITEM = 'LAONIAN-YOUDAIZHENG';
const CASE_DEPARTMENT = '县住房公积金管理中心';
const stamp = Date.now().toString(36);
const MATERIAL = `e2e_${stamp.replace(/[^a-z0-9]/g, '')}`.slice(0, 30);
const DIGITS = '零一二三四五六七八九';
/** A name no other journey's person has: 督察 and the stamp's last digits in Chinese. */
const PERSON = `督察${String(Date.now() % 10_000)
  .padStart(4, '0')
  .replace(/\d/g, (d) => DIGITS[Number(d)] ?? '')}`;

let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let resident: Page;
/** The item's version before the journey published: restored at the end. */
let publishedBefore = 0;

async function page(kind: 'desk' | 'phone'): Promise<Page> {
  const context = kind === 'desk' ? await desktop(browser) : await phone(browser);
  contexts.push(context);
  return context.newPage();
}

/** A real picture of at least 200×200 px to upload: the demo catalog's own 证件照 sample. */
async function samplePicture(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const guide = await call<ItemGuide>('GET', `/items/${ITEM}`);
  const photo = guide.materials.find((m) => m.sampleFile?.name.endsWith('.png'))?.sampleFile;
  if (!photo) throw new Error(`${ITEM} has no picture sample to reuse`);
  const res = await fetch(`${API_URL}/catalog-files/${photo.id}`);
  return { name: '户口簿首页示例.png', mimeType: 'image/png', buffer: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  browser = await launch();
  admin = await page('desk');
  await logInThroughWechat(admin, 'admin');
  resident = await page('phone');
  await logInThroughWechat(resident, `console_${stamp}`);
  await verifyRealName(resident, PERSON, '13905394321');
});
afterAll(async () => {
  // The item as it was before the journey: other journeys apply for it and must find the demo catalog.
  if (publishedBefore) {
    const token = await tokenOf(admin);
    const old = await call<{ guide: unknown }>(
      'GET',
      `/admin/items/${ITEM}/versions/${publishedBefore}`,
      undefined,
      token,
    );
    await call('PUT', `/admin/items/${ITEM}`, old.guide, token);
  }
  for (const c of contexts) await c.close();
  await browser.close();
});

describe('the catalog without API calls', () => {
  it('the admin adds a material with a sample image and publishes; the resident sees it in the guide', async () => {
    const before = await call<ItemGuide>('GET', `/items/${ITEM}`);
    publishedBefore = before.version;
    const index = before.materials.length;
    await admin.goto(`${H5_URL}/#/admin/item/index?code=${ITEM}`);
    await shown(admin, '#add-material').click({ timeout: 15_000 });
    const material = `#material-${index}`;
    await typeInto(admin, `${material}-code`, MATERIAL);
    await typeInto(admin, `${material}-name`, '户口簿首页复印件');
    // 选交, not 必交: the stack's other journeys apply for this item and must not start missing it.
    await shown(admin, `${material}-required`).click();
    await shown(admin, `${material}-sample-upload input[type=file]`).setInputFiles(await samplePicture());
    await shown(admin, `${material}-sample-upload-file`).waitFor({ timeout: 15_000 });
    await snap(admin, 'console-1-item-editor');
    await shown(admin, '#item-publish').click();
    const published = await eventuallyPublished(before.version);
    expect(published.materials.find((m) => m.code === MATERIAL)).toMatchObject({
      name: '户口簿首页复印件',
      required: false,
      sampleFile: { name: expect.stringMatching(/\.png$/) },
    });

    await resident.goto(`${H5_URL}/#/pages/guide/index?code=${ITEM}`);
    await shown(resident, `#material-sample-${MATERIAL}`).waitFor({ timeout: 15_000 });
    await expect(shown(resident, '#guide-phone').textContent()).resolves.toMatch(/\d{3,}/);
    await snapAt(resident, `#material-sample-${MATERIAL}`, 'console-2-guide-sample');
  });

  it('the version history says who published what', async () => {
    const versions = await call<{ items: { version: number; by: { name: string } | null; changes: string[] }[] }>(
      'GET',
      `/admin/items/${ITEM}/versions`,
      undefined,
      await tokenOf(admin),
    );
    expect(versions.items[0]?.changes).toContain(`materials.${MATERIAL}`);
  });
});

/** The guide as published, once its version has moved past `version`. */
async function eventuallyPublished(version: number): Promise<ItemGuide> {
  const until = Date.now() + 15_000;
  for (;;) {
    const res = await fetch(`${API_URL}/items/${ITEM}`, { headers: { 'cache-control': 'no-cache' } });
    const guide = (await res.json()) as ItemGuide;
    if (guide.version > version || Date.now() > until) return guide;
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('people found by name', () => {
  it('the admin finds the resident by name and makes them window staff; their 我的 shows the workbench', async () => {
    await admin.goto(`${H5_URL}/#/admin/users/index`);
    await typeInto(admin, '#user-search', PERSON);
    await shown(admin, '#user-search-submit').click({ timeout: 15_000 });
    const row = admin.locator('[id^="user-row-"]').filter({ hasText: PERSON }).first();
    await row.waitFor({ timeout: 15_000 });
    // The console shows numbers masked only.
    await expect(shown(admin, '#user-results').textContent()).resolves.not.toContain('13905394321');
    await row.click();
    await shown(admin, '#role-staff').click();
    await shown(admin, '#role-department').click({ timeout: 15_000 });
    await confirmPicker(admin);
    await snap(admin, 'console-3-role-editor');
    await shown(admin, '#role-save').click();

    const me = async () => call<MeResponse>('GET', '/me', undefined, await tokenOf(resident));
    const until = Date.now() + 15_000;
    let roles = (await me()).roles;
    while (!roles.includes('staff') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 300));
      roles = (await me()).roles;
    }
    expect(roles).toContain('staff');
    await resident.goto(`${H5_URL}/#/pages/me/index`);
    await shown(resident, '#staff-entry').waitFor({ timeout: 15_000 });
  });
});

describe('QR posters', () => {
  it('the admin makes a poster for the item: an A4 PDF, and its QR link opens the guide', async () => {
    await admin.goto(`${H5_URL}/#/admin/posters/index`);
    await shown(admin, '#poster-kind-item').click({ timeout: 15_000 });
    await typeInto(admin, '#poster-target-search', '老年优待');
    await shown(admin, `#poster-target-${ITEM}`).click({ timeout: 15_000 });
    await shown(admin, '#poster-create').click();
    await shown(admin, '#poster-result').waitFor({ timeout: 15_000 });
    await snap(admin, 'console-4-poster');
    const url = ((await shown(admin, '#poster-url').textContent()) ?? '').trim();
    const token = url.split('/q/')[1] ?? '';
    expect(token).not.toBe('');

    const pdf = await fetch(`${API_URL}/admin/qrcodes/${token}/poster.pdf`, {
      headers: { authorization: `Bearer ${await tokenOf(admin)}` },
    });
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const bytes = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);

    await resident.goto(url);
    await resident.waitForURL(/pages\/guide\/index/, { timeout: 15_000 });
    await expect(shown(resident, '#guide-name').textContent()).resolves.toContain('老年优待证');
  });
});

describe('效能监察', () => {
  let caseId = '';
  let number = '';
  const clerkName = `gjjclerk_${stamp}`;

  it('a case accepted 30 days ago and not approved shows red; the admin chases it', async () => {
    const token = await tokenOf(resident);
    caseId = await submitGjjWithdrawal(resident, token, stamp);
    const front = (await api.login(await makeFrontClerk(`svfront_${stamp}`, '县政务服务中心一楼'))).accessToken;
    await makeStaff(clerkName, CASE_DEPARTMENT);
    const current = await api.getCase(token, caseId);
    number = current.number ?? '';
    await write<StaffApplicationView>('POST', `/staff/applications/${caseId}/accept`, current.version, {}, front);
    const backdated = await fetch(`${API_URL.replace(/\/api\/v1\/?$/, '')}/__e2e/cases/${caseId}/accepted-at`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ acceptedAt: new Date(Date.now() - 30 * 86_400_000).toISOString() }),
    });
    expect(backdated.status).toBe(204);

    await admin.goto(`${H5_URL}/#/admin/supervision/index`);
    const alert = shown(admin, `#overdue-list #alert-${caseId}`);
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.textContent()).resolves.toContain(number);
    await snapAt(admin, '#supervision-lights', 'console-5-supervision-lights');
    await snapAt(admin, '#overdue-list', 'console-5-supervision-overdue');
    await shown(admin, `#chase-${caseId}`).click();
    await shown(admin, '#chase-note textarea').fill('请今日内办结并回复');
    await shown(admin, '#chase-confirm').click();
    await shown(admin, `#chased-${caseId}`).waitFor({ timeout: 15_000 });
    await snapAt(admin, '#overdue-list', 'console-6-chased');
  });

  it("the department's clerk sees the chase on the case; the resident's timeline does not", async () => {
    const clerk = await page('desk');
    await logInThroughWechat(clerk, clerkName);
    await clerk.goto(`${H5_URL}/#/staff/case/index?id=${caseId}`);
    const banner = shown(clerk, '#case-chase-banner');
    await banner.waitFor({ timeout: 15_000 });
    await expect(shown(clerk, '#case-chase-note').textContent()).resolves.toContain('请今日内办结并回复');
    await expect(shown(clerk, '#staff-delivery-method').textContent()).resolves.toContain('电子送达');
    await snapAt(clerk, '#case-chase-banner', 'console-7-staff-chase');
    const own = await api.getCase(await tokenOf(resident), caseId);
    expect((own.timeline ?? []).map((e) => e.action)).not.toContain('chased');
  });

  it('the audit log shows the chase by case number and exports it as CSV', async () => {
    await admin.goto(`${H5_URL}/#/admin/audit/index`);
    await typeInto(admin, '#audit-case', number);
    await shown(admin, '#audit-search').click({ timeout: 15_000 });
    await shown(admin, '#audit-list').getByText('效能监察催办').first().waitFor({ timeout: 15_000 });
    await snapAt(admin, '#audit-list', 'console-8-audit');
    const res = await fetch(`${API_URL}/admin/audit?caseNumber=${number}&format=csv`, {
      headers: { authorization: `Bearer ${await tokenOf(admin)}` },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    // The byte-order mark Excel needs to read UTF-8 (fetch's text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('效能监察催办');
    expect(csv).not.toContain('13905394321');
  });
});

describe('the holiday calendar', () => {
  it('pasting the 国务院 notice lists the days and shows which due dates move, before anything is saved', async () => {
    await admin.goto(`${H5_URL}/#/admin/holidays/index`);
    await shown(admin, '#holiday-notice textarea').fill(
      // Next year's notice (the page opens on next year, as the notice comes out in the autumn before).
      '一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。',
    );
    await shown(admin, '#holiday-parse').click();
    await shown(admin, '#holiday-parsed').waitFor({ timeout: 15_000 });
    await expect(shown(admin, '#holiday-parsed').textContent()).resolves.toContain('放假 8 天、调休上班 2 天');
    expect(await admin.locator('#holiday-unread').count()).toBe(0);
    await shown(admin, '#holiday-preview').getByText('（有变化）').first().waitFor({ timeout: 15_000 });
    await snapAt(admin, '#holiday-preview', 'console-9-holiday-preview');
  });
});
