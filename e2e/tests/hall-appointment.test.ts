import {
  type AppointmentList,
  type ApplicationView,
  type HallDaySlots,
  type HallGroupDetail,
  type ItemGuide,
  type StaffTicketView,
  type TicketList,
  type TicketView,
} from '@onetrip/shared';
import { type Browser, type Page } from 'playwright-core';
import { api, call } from '../src/api';
import { launch, phone } from '../src/browser';
import { API_URL, H5_URL, MOCK_URL } from '../src/env';
import { logInThroughWechat, verifyRealName } from '../src/flows';
import { tokenOf } from '../src/session';
import { snap } from '../src/settle';
import { makeStaff, shown } from '../src/staff';
import { eventually } from '../src/wait';

/**
 * Issue 11's hall, as a resident lives it on H5: books the first free slot of 综合受理 from a guide (预约办理),
 * sees it in 我的预约, is reminded the evening before in WeChat, checks in on the day (签到取号) and watches
 * the number; a clerk calls it to A03 and serves the resident's case, and the ticket page says so. Then
 * window A03's QR code opens the window's page, and 取号 gives a ticket with the two people ahead.
 *
 * The journey spans days and needs the hall's working hours whenever it runs, so it moves the hall's clock
 * through the e2e BFF's own route (bff/test/e2e-server.ts; the production BFF has none) and puts it back at
 * the end. The booking itself happens on the real clock: the slot is the first bookable one of the next days
 * as `GET /hall/groups/:code/slots` says, not an assumed date.
 */
const GROUP = 'zonghe';
const WINDOW = 'A03';
const ITEM = 'LAONIAN-YOUDAIZHENG';
const stamp = Date.now().toString(36);
const residentName = `hall_visitor_${stamp}`;

let browser: Browser;
let page: Page;
let booked = { date: '', slot: '' };
let appointmentId = '';
let ticketId = '';

/** The hall's clock of the e2e BFF: a Beijing instant from which it runs on, or null for the real time. */
async function setHallClock(at: string | null): Promise<void> {
  const res = await fetch(`${API_URL.replace(/\/api\/v1\/?$/, '')}/__e2e/hall-clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at }),
  });
  if (res.status !== 204) throw new Error(`moving the hall's clock failed: ${res.status} ${await res.text()}`);
}

const beijing = (date: string, time: string, plusMinutes = 0) =>
  new Date(Date.parse(`${date}T${time}:00+08:00`) + plusMinutes * 60_000).toISOString();
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first slot with a seat of the next days (from tomorrow, so the evening before is never past). */
async function firstBookable(): Promise<{ date: string; slot: string }> {
  const today = (await call<HallGroupDetail>('GET', `/hall/groups/${GROUP}`)).today.date;
  for (let i = 1; i <= 14; i += 1) {
    const date = addDays(today, i);
    const day = await call<HallDaySlots>('GET', `/hall/groups/${GROUP}/slots?date=${date}`);
    const slot = day.slots.find((s) => s.bookable && s.remaining > 0);
    if (slot) return { date, slot: slot.slot };
  }
  throw new Error('no bookable slot in the next two weeks');
}

async function messagesTo(openid: string) {
  const res = await fetch(`${MOCK_URL}/__mock/messages?touser=${openid}`);
  return ((await res.json()) as { items: { page: string | null; data: Record<string, { value: string }> }[] }).items;
}

const text = async (selector: string) => ((await shown(page, selector).textContent({ timeout: 15_000 })) ?? '').trim();

beforeAll(async () => {
  await setHallClock(null);
  browser = await launch();
  page = await (await phone(browser)).newPage();
});
afterAll(async () => {
  await setHallClock(null);
  await browser.close();
});

describe('a resident’s appointment and ticket in the hall', () => {
  it('books the first free slot from a guide (预约办理) and sees it in 我的预约', async () => {
    await logInThroughWechat(page, residentName);
    await verifyRealName(page, '孙桂兰', '13905390011');
    // The same person in the mini-program, where the reminder (a subscription message) reaches them.
    await call('POST', '/auth/wechat', { code: `test_${residentName}`, platform: 'weapp' });
    booked = await firstBookable();

    await page.goto(`${H5_URL}/#/pages/guide/index?code=${ITEM}`);
    await shown(page, '#guide-book').click({ timeout: 15_000 });
    await page.waitForURL(/hall\/book\/index/, { timeout: 15_000 });
    await shown(page, `#book-date-${booked.date}`).click({ timeout: 15_000 });
    await shown(page, `#book-slot-${booked.slot.replace(':', '')}`).click();
    expect(await text('#book-confirm')).toContain(booked.slot);
    await snap(page, 'hall-book-picked');
    await shown(page, '#book-confirm').click();

    await page.waitForURL(/hall\/appointments\/index\?id=/, { timeout: 15_000 });
    appointmentId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(await text(`#appointment-status-${appointmentId}`)).toBe('已预约');
    expect(await text(`#appointment-${appointmentId}`)).toContain('请于预约当天到大厅签到取号');
    await snap(page, 'hall-appointments-booked');
    const mine = await call<AppointmentList>('GET', '/appointments', undefined, await tokenOf(page));
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: appointmentId,
        group: GROUP,
        date: booked.date,
        slot: booked.slot,
        status: 'booked',
      }),
    ]);
  });

  it('is reminded in WeChat before the day, by the evening before at the latest', async () => {
    await setHallClock(beijing(addDays(booked.date, -1), '18:00'));
    const reminders = await eventually(
      () => messagesTo(`openid_${residentName}`),
      (items) => items.some((m) => m.data.character_string9?.value === appointmentId),
      20_000,
    );
    const reminder = reminders.find((m) => m.data.character_string9?.value === appointmentId);
    expect(reminder?.data.time2?.value).toBe(`${booked.date} ${booked.slot}`);
    expect(reminder?.page).toBe(`hall/appointments/index?id=${appointmentId}`);
  });

  it('checks in on the day (签到取号) and sees the number, next in line', async () => {
    await setHallClock(beijing(booked.date, booked.slot, 1));
    await page.goto(`${H5_URL}/#/hall/appointments/index`);
    await shown(page, `#check-in-${appointmentId}`).click({ timeout: 15_000 });
    await page.waitForURL(/hall\/ticket\/index\?id=/, { timeout: 15_000 });
    ticketId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(await text('#ticket-number')).toMatch(/^A\d{3}$/);
    expect(await text('#ticket-status')).toBe('等待中');
    expect(await text('#ticket-ahead')).toBe('下一位就是您，请留意叫号');
    expect(await text('#ticket-booked')).toContain('预约优先');
    await snap(page, 'hall-ticket-waiting');
  });

  it('a clerk calls it to A03 and serves the resident’s case; the ticket page follows by itself', async () => {
    const guide = await call<ItemGuide>('GET', `/items/${ITEM}`);
    const clerk = (await api.login(await makeStaff(`hall_clerk_${stamp}`, guide.department))).accessToken;
    // The case the resident brings: started online for the same item.
    const draft = await call<ApplicationView>('POST', '/applications', { items: [ITEM] }, await tokenOf(page));

    const called = await call<StaffTicketView>('POST', `/hall/groups/${GROUP}/call-next`, { window: WINDOW }, clerk);
    expect([called.id, called.status, called.window]).toEqual([ticketId, 'called', WINDOW]);
    await shown(page, '#ticket-status').getByText(`请到 ${WINDOW} 号窗口`).waitFor({ timeout: 25_000 });
    await snap(page, 'hall-ticket-called');

    const served = await call<StaffTicketView>('POST', `/tickets/${ticketId}/serve`, { caseId: draft.id }, clerk);
    expect([served.status, served.caseId]).toEqual(['serving', draft.id]);
    await shown(page, '#ticket-status').getByText(`办理中（${WINDOW} 号窗口）`).waitFor({ timeout: 25_000 });
    expect(await text('#ticket-window')).toContain(`${WINDOW} 号窗口`);
    await snap(page, 'hall-ticket-serving');
  });

  it('window A03’s QR code opens its page, and 取号 gives a ticket with the two people ahead', async () => {
    for (const name of ['a', 'b']) {
      const other = await api.login(`hall_walkin_${name}_${stamp}`);
      await call<TicketView>('POST', '/tickets', { group: GROUP }, other.accessToken);
    }
    await page.goto(`${H5_URL}/q/w-a03`);
    // The deep link loads the app on the qr page, which resolves the code and replaces itself.
    await shown(page, '#hall-window #window-group').waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`hall/window/index?group=${GROUP}&window=${WINDOW}`);
    expect(await text('#window-group')).toBe('综合受理');
    expect(await text('#window-number')).toBe(`${WINDOW} 号窗口`);
    expect(await text('#window-waiting')).toBe('2');
    await shown(page, '#window-items').getByText('老年优待证办理').waitFor({ timeout: 15_000 });
    await snap(page, 'hall-window');

    await shown(page, '#window-take').click();
    await page.waitForURL((url) => url.hash.includes('hall/ticket/index') && !url.hash.includes(ticketId), {
      timeout: 15_000,
    });
    expect(await text('#ticket-ahead')).toBe('前面还有 2 人');
    await snap(page, 'hall-ticket-walk-in');
    const today = await call<TicketList>('GET', '/tickets', undefined, await tokenOf(page));
    expect(today.items.map((t) => t.status)).toEqual(['waiting', 'serving']);
  });

  it('the ticket reads well in 长辈模式', async () => {
    await page.goto(`${H5_URL}/#/pages/me/index`);
    await shown(page, '#elder-switch').click({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('.page.elder') !== null, null, { timeout: 5_000 });
    await page.goto(`${H5_URL}/#/hall/appointments/index`);
    await shown(page, '.page.elder #hall-tickets').waitFor({ timeout: 15_000 });
    await snap(page, 'hall-appointments-elder');
  });
});
