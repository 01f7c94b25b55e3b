import { type ApplicationView, type PaymentCreated, type StaffApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { ifMatch, newKey, resident, simpleItem, storedCase, uploadOf } from '../../applications/testing/cases';
import { type ApplicationRecord, type OutboxEntry } from '../../applications';
import { act } from '../../staff/testing/world';
import { smsMessage, wechatMessage } from '../../notifications/messages';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { paymentsModel } from '../payments.model';
import { pay, payWorld, type PayWorld } from '../testing/world';

/** 不动产登记费-like: charged on approval. */
const AT_APPROVAL = 'TEST-FEE-APPROVAL';
/** 工本费-like: charged before the certificate is made. */
const AT_ISSUE = 'TEST-FEE-ISSUE';
/** A free item of another department, decided in parallel (并联审批). */
const OTHER = 'TEST-FEE-OTHER';

let w: PayWorld;
let alice: Awaited<ReturnType<typeof resident>>;
let frontA: LoggedIn;
let deciderA: LoggedIn;
let deciderB: LoggedIn;
beforeAll(async () => {
  w = await payWorld();
  await putItem(w.app.db, AT_APPROVAL, simpleItem({ name: '测试登记', fee: { amount: 8000, due: 'approval' } }));
  await putItem(w.app.db, AT_ISSUE, simpleItem({ name: '测试制证', fee: { amount: 800, due: 'issue' } }));
  await putItem(w.app.db, OTHER, simpleItem({ name: '测试协办', department: '县协办局', fee: { amount: 0 } }));
  alice = await resident(w.app, 'due_alice', '李娜');
  frontA = await loginAs(w.app, 'due_front', { roles: ['staff'], department: '县测试局' });
  deciderA = await loginAs(w.app, 'due_decider_a', { roles: ['staff'], department: '县测试局' });
  deciderB = await loginAs(w.app, 'due_decider_b', { roles: ['staff'], department: '县协办局' });
});
afterAll(async () => {
  await w.t.close();
});

/** A submitted case of these items for window pick-up. */
async function submitted(codes: string[]): Promise<ApplicationView> {
  let view = (await w.call(alice, 'POST', '/applications', { payload: { items: codes } })).json<ApplicationView>();
  view = (
    await w.call(alice, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '入学' }, delivery: { method: 'window' } },
    })
  ).json<ApplicationView>();
  await w.call(alice, 'PUT', `/applications/${view.id}/materials/id_card`, {
    headers: ifMatch(view.version),
    payload: { uploadIds: [await uploadOf(w.app, alice)] },
  });
  const res = await w.call(alice, 'POST', `/applications/${view.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
  return (await w.call(alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
}

/** Accepted by the front window; returns the version. */
async function accepted(id: string): Promise<number> {
  const version = (await storedCase(w.app, id))?.version as number;
  const res = await act(w, frontA, id, 'accept', version, { gaps: [] });
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.statusCode} ${res.body}`);
  return res.json<StaffApplicationView>().version;
}

async function approve(id: string, code: string, by: LoggedIn, version: number): Promise<number> {
  const res = await act(w, by, id, `items/${code}/approve`, version, {});
  if (res.statusCode !== 200) throw new Error(`approve failed: ${res.statusCode} ${res.body}`);
  return res.json<StaffApplicationView>().version;
}

const feeOf = async (id: string) => (await w.call(alice, 'GET', `/applications/${id}`)).json<ApplicationView>().fee;
const ordersOf = (id: string) => paymentsModel(w.app.db).countDocuments({ caseId: id });

describe('a fee due at approval (审批通过后缴费)', () => {
  it('is refused before the approval with 409 and nothing written', async () => {
    const view = await submitted([AT_APPROVAL]);
    expect(view.fee).toEqual({ items: 8000, express: 0, total: 8000, due: 'approval', payableNow: false });
    const before = await storedCase(w.app, view.id);
    const res = await pay(w, alice, view.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', message: '审批通过后再缴费' });
    expect(await storedCase(w.app, view.id)).toMatchObject({ version: before?.version, payment: null });
    expect(await ordersOf(view.id)).toBe(0);
    // Still refused once accepted: the department has not decided.
    await accepted(view.id);
    expect((await pay(w, alice, view.id)).statusCode).toBe(409);
    expect(await ordersOf(view.id)).toBe(0);
  });

  it('is asked for by the approval message, ordered after the approval, and holds the issue until paid', async () => {
    const view = await submitted([AT_APPROVAL]);
    let version = await approve(view.id, AT_APPROVAL, deciderA, await accepted(view.id));
    expect(await feeOf(view.id)).toMatchObject({ due: 'approval', payableNow: true });

    const stored = (await storedCase(w.app, view.id)) as unknown as ApplicationRecord & { number: string };
    const approved = stored.outbox?.find((e) => e.kind === 'approved') as OutboxEntry;
    const templates = {
      WECHAT_TEMPLATE_CASE_STATUS: 'tpl_case',
      WECHAT_TEMPLATE_PICKUP_CODE: 'tpl_pickup',
      WECHAT_TEMPLATE_RECEIPT_CODE: 'tpl_receipt',
    };
    expect(wechatMessage(approved, stored, 'openid', templates).data.thing5).toBe('请缴费¥80.00，缴清后出证');
    expect(smsMessage(approved, stored, '13900001111').params.status).toBe('审批通过，请缴费¥80.00，缴清后出证');

    const unpaid = await act(w, deciderA, view.id, 'issue', version, { certificateNo: '测证字2026第001号' });
    expect(unpaid.statusCode).toBe(409);
    expect(unpaid.json().error).toMatchObject({ code: 'INVALID_STATE', message: '费用尚未缴清，不能出证' });
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'approved', version });

    const res = await pay(w, alice, view.id);
    expect(res.statusCode).toBe(200);
    const { outTradeNo, amount } = res.json<PaymentCreated>();
    expect(amount).toBe(8000);
    expect(await storedCase(w.app, view.id)).toMatchObject({ payment: { outTradeNo, amount, status: 'unpaid' } });
    const paid = await w.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {});
    expect(paid.body).toMatchObject({ paid: true, notified: 200 });
    // Once paid, the message no longer asks for it.
    const after = (await storedCase(w.app, view.id)) as unknown as ApplicationRecord & { number: string };
    expect(smsMessage(approved, after, '13900001111').params.status).toBe('审批通过');
    version = after.version;
    const issued = await act(w, deciderA, view.id, 'issue', version, { certificateNo: '测证字2026第001号' });
    expect(issued.statusCode).toBe(200);
  });

  it('may be paid once its own department approved, while another department still decides', async () => {
    const view = await submitted([AT_APPROVAL, OTHER]);
    const version = await approve(view.id, AT_APPROVAL, deciderA, await accepted(view.id));
    expect((await storedCase(w.app, view.id))?.status).toBe('accepted');
    expect(await feeOf(view.id)).toMatchObject({ due: 'approval', payableNow: true });
    expect((await pay(w, alice, view.id)).statusCode).toBe(200);
    expect(version).toBeGreaterThan(view.version);
  });
});

describe('a fee due before issue (出证前缴费)', () => {
  it('waits for the whole case: refused while another department decides, ordered once all approved', async () => {
    const view = await submitted([AT_ISSUE, OTHER]);
    expect(view.fee).toMatchObject({ total: 800, due: 'issue', payableNow: false });
    const version = await approve(view.id, AT_ISSUE, deciderA, await accepted(view.id));
    const early = await pay(w, alice, view.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('全部审批通过后再缴费（出证前缴清）');
    expect(await ordersOf(view.id)).toBe(0);
    await approve(view.id, OTHER, deciderB, version);
    expect(await feeOf(view.id)).toMatchObject({ due: 'issue', payableNow: true });
    expect((await pay(w, alice, view.id)).statusCode).toBe(200);
    expect(await ordersOf(view.id)).toBe(1);
  });

  it('takes the latest due of the case: a fee at approval and one before issue are one payment, before issue', async () => {
    const view = await submitted([AT_APPROVAL, AT_ISSUE]);
    expect(view.fee).toMatchObject({ total: 8800, due: 'issue', payableNow: false });
    expect((await pay(w, alice, view.id)).statusCode).toBe(409);
  });
});
