import { randomBytes, randomInt } from 'node:crypto';
import { type FastifyServerOptions } from 'fastify';
import { type ApplicationView, type PaymentCreated, type StaffApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { newKey, person, simpleItem, storedCase, type CaseWorld } from '../../applications/testing/cases';
import { reconcileUnpaid } from '../../payments';
import { act, DEPT_A, DEPT_B, hallClerk, submittedCase } from '../../staff/testing/world';
import { buildTestApp, type MockCall, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** An item of DEPT_A with no fee of its own and an express fee: the fee to pay is postage only. */
export const EXPRESS_ITEM = 'TEST-EXPRESS';
export const EXPRESS_FEE = 1200;
/** The company of the test config (EXPRESS_COMPANY default) and another one. */
export const EMS = '中国邮政EMS';
export const SF = '顺丰速运';
/** The recipient's phone of every express case of `submittedCase` (staff testing world). */
export const ADDRESS_PHONE = '13900001111';

export interface Resident extends LoggedIn {
  openid: string;
  profile: { name: string; idNumber: string; phone: string };
}

export interface ShipWorld extends CaseWorld {
  t: TestApp;
  /** lead department staff (DEPT_A); staff of DEPT_B (not involved in EXPRESS_ITEM cases) */
  staffA: LoggedIn;
  staffB: LoggedIn;
  /** a courier of EMS (the configured company) and one of SF */
  courier: LoggedIn;
  otherCourier: LoggedIn;
  /** a call to the simulators' controls → status and JSON body */
  mock: MockCall;
}

export interface MockWaybill {
  waybillNo: string;
  company: string;
  orderId: string;
  status: string;
  sender: { name: string; phone: string; address: string };
  recipient: { name: string; phone: string; address: string };
  cargo: { name: string; count: number };
}

/**
 * A fresh app (own database) with EXPRESS_ITEM, staff of two departments and
 * couriers of two companies. `logger`: to listen to the app's log.
 */
export async function shipWorld(opts: { logger?: FastifyServerOptions['logger'] } = {}): Promise<ShipWorld> {
  const t = await buildTestApp({}, opts);
  await putItem(
    t.app.db,
    EXPRESS_ITEM,
    simpleItem({
      name: '测试邮寄证照',
      department: DEPT_A,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: EXPRESS_FEE },
    }),
  );
  const suffix = randomBytes(3).toString('hex');
  const [staffA, staffB, courier, otherCourier] = await Promise.all([
    loginAs(t.app, `shp_staff_a_${suffix}`, { roles: ['staff'], department: DEPT_A }),
    loginAs(t.app, `shp_staff_b_${suffix}`, { roles: ['staff'], department: DEPT_B }),
    loginAs(t.app, `shp_courier_ems_${suffix}`, { roles: ['courier'], courierCompany: EMS }),
    loginAs(t.app, `shp_courier_sf_${suffix}`, { roles: ['courier'], courierCompany: SF }),
  ]);
  const mock = t.mock;
  return {
    t,
    app: t.app,
    staffA,
    staffB,
    courier,
    otherCourier,
    mock,
    call: (who, method, url, callOpts = {}) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...who.headers, ...callOpts.headers },
        ...(callOpts.payload === undefined ? {} : { payload: callOpts.payload as object }),
      }),
  };
}

/**
 * A verified resident whose openid and phone no other test file uses (the
 * simulators, and their message records, are shared by parallel files).
 */
export async function shipResident(w: ShipWorld, login: string, realName = '王秀英'): Promise<Resident> {
  const name = `shp_${login}_${randomBytes(3).toString('hex')}`;
  const profile = { ...person(realName), phone: `15${String(randomInt(1e9)).padStart(9, '0')}` };
  const signedIn = await loginAs(w.app, name, { profile });
  return { ...signedIn, openid: `openid_${name}`, profile };
}

/** The comprehensive window (综合窗口) of each test app: it accepts, so that staffA may approve (受审分离). */
const frontDesks = new WeakMap<object, Promise<LoggedIn>>();
const frontDeskOf = (w: ShipWorld) => {
  if (!frontDesks.has(w.app))
    frontDesks.set(w.app, hallClerk(w, `shp_front_${randomBytes(3).toString('hex')}`, 'comprehensive'));
  return frontDesks.get(w.app) as Promise<LoggedIn>;
};

/**
 * An EXPRESS_ITEM case of `who` with an address, submitted, accepted at the comprehensive window and
 * approved by staffA; its fee (postage) unpaid.
 */
export async function approvedExpressCase(w: ShipWorld, who: LoggedIn): Promise<{ id: string; version: number }> {
  const view = await submittedCase(w, who, [EXPRESS_ITEM], 'express');
  const accepted = await act(w, await frontDeskOf(w), view.id, 'accept', view.version, {});
  if (accepted.statusCode !== 200) throw new Error(`accepting failed: ${accepted.statusCode} ${accepted.body}`);
  const approved = await act(w, w.staffA, view.id, `items/${EXPRESS_ITEM}/approve`, accepted.json().version, {});
  if (approved.statusCode !== 200) throw new Error(`approving failed: ${approved.statusCode} ${approved.body}`);
  return { id: view.id, version: approved.json<StaffApplicationView>().version };
}

/**
 * Pays the case's fee through WeChat Pay (the simulator): the order, the
 * user paying, and the order query that records it (the notification is
 * dropped: this app does not listen on a port). Returns the case version.
 */
export async function payFee(w: ShipWorld, who: LoggedIn, id: string): Promise<number> {
  const created = await w.call(who, 'POST', `/applications/${id}/payments`, {
    headers: { 'idempotency-key': newKey() },
    payload: {},
  });
  if (created.statusCode !== 200) throw new Error(`payment failed: ${created.statusCode} ${created.body}`);
  const { outTradeNo } = created.json<PaymentCreated>();
  await w.mock('PUT', '/__mock/scenario', { name: 'notify-drop', match: outTradeNo });
  const paid = await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {});
  if (paid.status !== 200) throw new Error(`paying at the simulator failed: ${paid.status}`);
  if ((await reconcileUnpaid(w.app, id)) !== 'paid') throw new Error('the payment was not recorded');
  return (await storedCase(w.app, id))?.version as number;
}

/** `approvedExpressCase` with the postage paid: ready to be issued. */
export async function paidExpressCase(w: ShipWorld, who: LoggedIn): Promise<{ id: string; version: number }> {
  const { id } = await approvedExpressCase(w, who);
  return { id, version: await payFee(w, who, id) };
}

export const issue = (w: ShipWorld, id: string, version: number, by = w.staffA) =>
  act(w, by, id, 'issue', version, { certificateNo: '测证字2026第088号' });

export interface Shipped {
  id: string;
  version: number;
  shipmentId: string;
  waybillNo: string;
  /** as the applicant reads it in GET /applications/:id */
  receiptCode: string;
}

/** A paid express case of `who`, issued: shipping, with its shipment and receipt code. */
export async function shippedCase(w: ShipWorld, who: LoggedIn): Promise<Shipped> {
  const { id, version } = await paidExpressCase(w, who);
  const res = await issue(w, id, version);
  if (res.statusCode !== 200) throw new Error(`issue failed: ${res.statusCode} ${res.body}`);
  const mine = (await w.call(who, 'GET', `/applications/${id}`)).json<ApplicationView>();
  const { shipment } = mine;
  if (!shipment?.receiptCode) throw new Error('the applicant sees no receipt code');
  return {
    id,
    version: mine.version,
    shipmentId: shipment.id,
    waybillNo: shipment.waybillNo,
    receiptCode: shipment.receiptCode,
  };
}

/** POST /courier/shipments/:id/<action> as `who`. */
export const courierAct = (w: ShipWorld, who: LoggedIn, shipmentId: string, action: string, payload?: unknown) =>
  w.call(who, 'POST', `/courier/shipments/${shipmentId}/${action}`, payload === undefined ? {} : { payload });

/** Another six-digit code than `code`. */
export const otherCode = (code: string, step = 1) => String((Number(code) + step) % 1_000_000).padStart(6, '0');

/** The express platform's waybills for a case (orderId = case id), oldest first. */
export async function waybillsOf(w: ShipWorld, caseId: string): Promise<MockWaybill[]> {
  const { body } = await w.mock('GET', `/__mock/express/waybills?orderId=${caseId}`);
  return (body as { items: MockWaybill[] }).items;
}
