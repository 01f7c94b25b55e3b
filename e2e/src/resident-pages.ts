import {
  type AddressView,
  type ApplicationView,
  type AppointmentView,
  type ComplaintView,
  type HallDaySlots,
  type HallGroupDetail,
  type TicketView,
} from '@onetrip/shared';
import { type Page } from 'playwright-core';
import {
  acceptAsStaff,
  completeLaonianCase,
  elderIdNumber,
  guarded,
  LAONIAN,
  makeAgent,
  someStation,
  uploadPng,
} from './agent';
import { api, call } from './api';
import { API_URL, H5_URL } from './env';
import { logInThroughWechat, typeInto } from './flows';
import { randomIdNumber } from './ids';
import { tokenOf } from './session';
import { makeFrontClerk, makeStaff, shown } from './staff';
import { verifyRealNameWith } from './agent';

/**
 * Every page a resident sees, each in the states worth reading: the list the readability test walks
 * (normal and 长辈模式). A new resident page gets a row here: its name, who opens it (a guest or the
 * signed-in, verified resident) and how to get it on screen; `Fixtures` holds the cases and other
 * records the states need, made through the API by `makeFixtures`.
 */
export interface Fixtures {
  /** 老年优待证, form filled, one material uploaded: the apply flow's pages. */
  draft: string;
  submitted: string;
  /** Its number and the applicant's phone's last four digits: 进度查询. */
  number: string;
  phoneLast4: string;
  supplement: string;
  /** 审批通过, 出证, waiting at the window with a pick-up code. */
  pickup: string;
  /** 出证 and sent by express, with a receipt code. */
  express: string;
  /** 住房公积金提取 with 电子送达: completed at once, not yet rated. */
  electronic: string;
  /** An agent's request to apply for the resident, not yet answered. */
  authorization: string;
  ticket: string;
  appointment: string;
  /** 投诉 about the submitted case, not yet answered. */
  complaint: string;
}

export type Who = 'guest' | 'resident';

export interface ResidentPage {
  name: string;
  who: Who;
  /** Opens the page in the state to measure and waits until it shows it. */
  open: (page: Page, fx: Fixtures) => Promise<void>;
}

const WAIT = { timeout: 20_000 };

/** Opens `route` (a hash route of the H5 app) and waits for `ready`. */
function route(path: string | ((fx: Fixtures) => string), ready: string): ResidentPage['open'] {
  return async (page, fx) => {
    await page.goto(`${H5_URL}/#${typeof path === 'function' ? path(fx) : path}`);
    await shown(page, ready).first().waitFor(WAIT);
  };
}

const caseDetail = (pick: (fx: Fixtures) => string, ready = '#case-status') =>
  route((fx) => `/pages/cases/detail/index?id=${pick(fx)}`, ready);

/** Items of the demo catalog: one with a sample picture of a material, one with many materials and fields. */
const SAMPLES_ITEM = LAONIAN.code;
const MANY_MATERIALS_ITEM = 'BDC-ZHUANYI';
const CHAIN = 'ESF-JIAOYI';
const HALL_GROUP = 'zonghe';

export const RESIDENT_PAGES: readonly ResidentPage[] = [
  { name: 'home', who: 'guest', open: route('/pages/home/index', '#home-items .cell') },
  {
    name: 'home, searching',
    who: 'guest',
    open: async (page) => {
      await route('/pages/home/index', '#home-items .cell')(page, {} as Fixtures);
      await typeInto(page, '#search-input', '老年');
      await shown(page, '#home-items').getByText('搜索结果').waitFor(WAIT);
      await shown(page, '#home-items .cell').first().waitFor(WAIT);
    },
  },
  { name: 'guide with samples', who: 'guest', open: route(`/pages/guide/index?code=${SAMPLES_ITEM}`, '#guide-name') },
  {
    name: 'guide with many materials',
    who: 'guest',
    open: route(`/pages/guide/index?code=${MANY_MATERIALS_ITEM}`, '#guide-name'),
  },
  { name: 'chain', who: 'guest', open: route(`/pages/chain/index?code=${CHAIN}`, '#chain-apply') },
  { name: 'login', who: 'guest', open: route('/pages/login/index', '#login-wechat') },
  { name: 'me, guest', who: 'guest', open: route('/pages/me/index', '#me-login') },
  { name: 'progress, empty', who: 'guest', open: route('/pages/progress/index', '#progress-submit') },
  {
    name: 'progress, found',
    who: 'guest',
    open: async (page, fx) => {
      await route(`/pages/progress/index?number=${fx.number}`, '#progress-submit')(page, fx);
      await typeInto(page, '#progress-phone', fx.phoneLast4);
      await shown(page, '#progress-submit').click();
      await shown(page, '.timeline').first().waitFor(WAIT);
    },
  },
  {
    name: 'hall window',
    who: 'guest',
    open: route(`/hall/window/index?group=${HALL_GROUP}&window=A03`, '#window-take'),
  },
  { name: 'me, verified', who: 'resident', open: route('/pages/me/index', '#profile-card') },
  { name: 'case list', who: 'resident', open: route('/pages/cases/list/index', '#case-list') },
  { name: 'case, draft', who: 'resident', open: caseDetail((fx) => fx.draft) },
  { name: 'case, submitted', who: 'resident', open: caseDetail((fx) => fx.submitted) },
  { name: 'case, supplement required', who: 'resident', open: caseDetail((fx) => fx.supplement) },
  { name: 'case, pick-up code', who: 'resident', open: caseDetail((fx) => fx.pickup) },
  { name: 'case, express', who: 'resident', open: caseDetail((fx) => fx.express) },
  {
    name: 'case, electronic result',
    who: 'resident',
    open: caseDetail((fx) => fx.electronic, '#certificate-download'),
  },
  { name: 'rate', who: 'resident', open: route((fx) => `/pages/cases/rate/index?id=${fx.electronic}`, '#rate-submit') },
  {
    name: 'authorization request',
    who: 'resident',
    open: route((fx) => `/pages/authorization/index?id=${fx.authorization}`, '#authorization-confirm'),
  },
  { name: 'authorizations', who: 'resident', open: route('/pages/authorizations/index', '#authorization-list') },
  { name: 'apply form', who: 'resident', open: route((fx) => `/apply/form/index?id=${fx.draft}`, '#apply-form') },
  {
    name: 'apply materials',
    who: 'resident',
    open: route((fx) => `/apply/materials/index?id=${fx.draft}`, '#materials'),
  },
  {
    name: 'apply delivery',
    who: 'resident',
    open: route((fx) => `/apply/delivery/index?id=${fx.draft}`, '#delivery-window'),
  },
  {
    name: 'apply review',
    who: 'resident',
    open: route((fx) => `/apply/review/index?id=${fx.draft}`, '#submit-button'),
  },
  {
    name: 'apply review, missing',
    who: 'resident',
    open: async (page, fx) => {
      await route(`/apply/review/index?id=${fx.draft}`, '#submit-button')(page, fx);
      await shown(page, '#submit-button').click();
      await shown(page, '#missing-list').waitFor(WAIT);
    },
  },
  { name: 'hall book', who: 'resident', open: route(`/hall/book/index?group=${HALL_GROUP}`, '#book-confirm') },
  {
    name: 'hall appointments',
    who: 'resident',
    open: route('/hall/appointments/index', '#hall-appointment-list'),
  },
  { name: 'hall ticket', who: 'resident', open: route((fx) => `/hall/ticket/index?id=${fx.ticket}`, '#ticket-number') },
  { name: 'privacy policy', who: 'guest', open: route('/pages/legal/index?kind=privacy', '#legal-title') },
  { name: 'user agreement', who: 'guest', open: route('/pages/legal/index?kind=agreement', '#legal-title') },
  { name: 'my personal data', who: 'resident', open: route('/pages/me/data/index', '#my-data-profile') },
  {
    name: 'complaint form',
    who: 'resident',
    open: route((fx) => `/complaint/new/index?case=${fx.submitted}`, '#complaint-text'),
  },
  { name: 'complaint list', who: 'resident', open: route('/complaint/list/index', '#complaint-list') },
  {
    name: 'complaint',
    who: 'resident',
    open: route((fx) => `/complaint/detail/index?id=${fx.complaint}`, '#complaint-number'),
  },
];

// ---- fixtures: the resident and the cases, through the contract ----

const hallClockUrl = () => `${API_URL.replace(/\/api\/v1\/?$/, '')}/__e2e/hall-clock`;

/** The e2e BFF's hall clock (bff/test/e2e-server.ts): a Beijing instant, or null for the real time. */
export async function setHallClock(at: string | null): Promise<void> {
  const res = await fetch(hallClockUrl(), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at }),
  });
  if (res.status !== 204) throw new Error(`moving the hall's clock failed: ${res.status}`);
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function firstBookable(group: string): Promise<{ date: string; slot: string }> {
  const today = (await call<HallGroupDetail>('GET', `/hall/groups/${group}`)).today.date;
  for (let i = 1; i <= 14; i += 1) {
    const date = addDays(today, i);
    const day = await call<HallDaySlots>('GET', `/hall/groups/${group}/slots?date=${date}`);
    const slot = day.slots.find((s) => s.bookable && s.remaining > 0);
    if (slot) return { date, slot: slot.slot };
  }
  throw new Error('no bookable slot in the next two weeks');
}

async function submit(token: string, caseId: string): Promise<ApplicationView> {
  const res = await fetch(`${API_URL}/applications/${caseId}/submit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': caseId },
    body: '{}',
  });
  if (!res.ok) throw new Error(`submit ${caseId} → ${res.status} ${await res.text()}`);
  return api.getCase(token, caseId);
}

const staffPath = (id: string) => `/staff/applications/${id}`;
const staffPost = (token: string, id: string, action: string, body: unknown) =>
  guarded(token, staffPath(id), 'POST', `${staffPath(id)}${action}`, body);

/**
 * Logs `page` in as a new resident through WeChat, verifies the real name (an older person's ID number,
 * so an agent may apply for them) and makes every case and record the pages' states need.
 */
export async function makeFixtures(page: Page, stamp: string): Promise<Fixtures> {
  const phone = `139${String(Date.now()).slice(-8)}`;
  const idNumber = elderIdNumber();
  const name = '王秀英';
  await logInThroughWechat(page, `reader_${stamp}`);
  await page.goto(`${H5_URL}/#/pages/me/index`);
  await verifyRealNameWith(page, name, idNumber, phone);
  const token = await tokenOf(page);

  const acceptor = (await api.login(await makeStaff(`rd_mz_a_${stamp}`, LAONIAN.department))).accessToken;
  const approver = (await api.login(await makeStaff(`rd_mz_b_${stamp}`, LAONIAN.department))).accessToken;
  const newCase = async (items: string[]) =>
    (await call<ApplicationView>('POST', '/applications', { items }, token)).id;
  const complete = async () => {
    const id = await newCase([LAONIAN.code]);
    await completeLaonianCase(token, id);
    return id;
  };

  // A draft with its form filled and one of its materials uploaded.
  const draft = await newCase([LAONIAN.code]);
  const own = `/applications/${draft}`;
  await guarded(token, own, 'PATCH', own, { data: { homeAddress: '莒南县大店镇东山村 12 号' } });
  const upload = await uploadPng(token, 'household_register.png');
  await guarded(token, own, 'PUT', `${own}/materials/household_register`, { uploadIds: [upload.id] });

  const submitted = await complete();
  const { number = '' } = await submit(token, submitted);

  const supplement = await complete();
  await submit(token, supplement);
  await staffPost(acceptor, supplement, '/supplement', {
    problems: [{ materialCode: 'photo', reason: '照片背景不是白色，请重新上传白底照片' }],
  });

  const pickup = await complete();
  await submit(token, pickup);
  await acceptAsStaff(acceptor, pickup);
  await staffPost(approver, pickup, `/items/${LAONIAN.code}/approve`, {});
  await staffPost(approver, pickup, '/issue', { certificateNo: `优待证${stamp}1` });

  const express = await complete();
  const address = await call<AddressView>(
    'POST',
    '/me/addresses',
    { name, phone, region: ['山东省', '临沂市', '莒南县'], detail: '人民路 18 号 3 单元 502' },
    token,
  );
  await guarded(token, `/applications/${express}`, 'PATCH', `/applications/${express}`, {
    delivery: { method: 'express', addressId: address.id },
  });
  await submit(token, express);
  await acceptAsStaff(acceptor, express);
  await staffPost(approver, express, `/items/${LAONIAN.code}/approve`, {});
  await staffPost(approver, express, '/issue', { certificateNo: `优待证${stamp}2` });

  const electronic = await newElectronicCase(token, stamp);

  // An agent of a village station asks to apply for this resident: the request waits for an answer.
  const admin = await api.login('admin');
  const agentName = `rd_agent_${stamp}`;
  await makeAgent(agentName, await someStation(admin.accessToken));
  const agent = await api.login(agentName);
  await call(
    'PUT',
    '/me/profile',
    { name: '赵建华', idNumber: randomIdNumber(), phoneCode: `phone_13805390${String(Date.now()).slice(-3)}` },
    agent.accessToken,
  );
  const agentCase = await call<ApplicationView>(
    'POST',
    '/applications',
    { items: [LAONIAN.code], applicant: { name, idNumber, phone } },
    agent.accessToken,
  );
  const authorization = agentCase.authorization?.id ?? '';

  // The hall: an appointment on the first free day, and a ticket taken that morning.
  await setHallClock(null);
  const booked = await firstBookable(HALL_GROUP);
  const appointment = await call<AppointmentView>(
    'POST',
    '/appointments',
    { group: HALL_GROUP, date: booked.date, slot: booked.slot },
    token,
  );
  await setHallClock(new Date(Date.parse(`${booked.date}T10:00:00+08:00`)).toISOString());
  const ticket = await call<TicketView>('POST', '/tickets', { group: HALL_GROUP }, token);

  const complaint = await call<ComplaintView>(
    'POST',
    '/complaints',
    {
      kind: '投诉',
      category: '办事效率',
      text: '提交后三天没有人受理，打电话也没人接，希望尽快处理。',
      about: { type: 'case', caseId: submitted },
    },
    token,
  );

  return {
    draft,
    submitted,
    number,
    phoneLast4: phone.slice(-4),
    supplement,
    pickup,
    express,
    electronic,
    authorization,
    ticket: ticket.id,
    appointment: appointment.id,
    complaint: complaint.id,
  };
}

/** 住房公积金提取 with 电子送达, accepted by the hall's front window, approved and issued: completed. */
async function newElectronicCase(token: string, stamp: string): Promise<string> {
  const item = 'GJJ-TIQU';
  const id = (await call<ApplicationView>('POST', '/applications', { items: [item] }, token)).id;
  const own = `/applications/${id}`;
  await guarded(token, own, 'PATCH', own, {
    data: {
      withdrawReason: 'rent',
      withdrawAmount: 1_200_000,
      bankAccount: '6222021234567890123',
      bankName: '中国工商银行莒南支行',
    },
  });
  for (const code of ['bank_card', 'purpose_proof']) {
    const upload = await uploadPng(token, `${code}.png`);
    await guarded(token, own, 'PUT', `${own}/materials/${code}`, { uploadIds: [upload.id] });
  }
  await guarded(token, own, 'PATCH', own, { delivery: { method: 'electronic' } });
  await submit(token, id);
  const front = (await api.login(await makeFrontClerk(`rd_front_${stamp}`, '县政务服务中心一楼'))).accessToken;
  const clerk = (await api.login(await makeStaff(`rd_gjj_${stamp}`, '县住房公积金管理中心'))).accessToken;
  await staffPost(front, id, '/accept', {});
  await staffPost(clerk, id, `/items/${item}/approve`, {});
  await staffPost(clerk, id, '/issue', { certificateNo: `公积金提字${stamp}` });
  return id;
}
