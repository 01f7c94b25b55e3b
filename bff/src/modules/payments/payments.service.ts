import { type FastifyInstance } from 'fastify';
import { type PaymentCreated, TERMINAL_STATUSES } from '@onetrip/shared';
import { UpstreamUnavailableError } from '../../lib/app-error';
import { idempotent } from '../../lib/idempotency';
import { type AuthUser } from '../../plugins/app/authenticate';
import { WechatPayRefused } from '../../plugins/app/wechat-pay';
import { auditAgentAction, casePayableNow, feeDueOfCase, loadCase, type ApplicationRecord } from '../applications';
import { payerOpenid } from './payer';
import { PaymentErrors } from './payments.errors';
import { paymentsModel, type PaymentRecord } from './payments.model';
import { queryOrNull, settle } from './reconcile';
import { placeNewOrder, descriptionOf } from './place-order';

type CasePayment = NonNullable<ApplicationRecord['payment']>;

/**
 * Submitted and not finished, and the fee's due has come (提交时 / 审批通过后 /
 * 出证前, rules/fees.ts): checked before anything is written or asked of WeChat Pay.
 */
function assertPayable(record: ApplicationRecord): void {
  if (record.status === 'draft' || TERMINAL_STATUSES.includes(record.status)) throw PaymentErrors.notPayable();
  if (!(record.fee.total > 0)) throw PaymentErrors.nothingToPay();
  if (record.payment && ['paid', 'refunding', 'refunded'].includes(record.payment.status))
    throw PaymentErrors.alreadyPaid();
  const due = feeDueOfCase(record);
  if (due !== 'submit' && !casePayableNow(record)) throw PaymentErrors.notYetDue(due);
}

/**
 * `POST /applications/:id/payments` with `Idempotency-Key` (scope `payments`,
 * per user, not per case): a JSAPI order for the case's server-computed
 * `fee.total`, and the `wx.requestPayment` parameters for it.
 *
 * Outcomes:
 * - PaymentCreated; the same key again gets the same answer;
 * - an unpaid order of the same amount for the same payer is re-used (fresh
 *   paySign); otherwise it is closed and a new attempt placed;
 * - 409 INVALID_STATE 已支付 when the case is paid — also when the unpaid
 *   order turns out to be paid on asking WeChat Pay (the paid transition is
 *   then applied, as the notification would have);
 * - 409 INVALID_STATE for a draft, finished or withdrawn case, or nothing to pay;
 * - 409 INVALID_STATE 审批通过后再缴费 before the fee's due (nothing written);
 * - 404 NOT_FOUND: not the user's case; 422 IDEMPOTENCY_KEY_REUSED;
 * - 409 VERSION_CONFLICT when a concurrent request is placing an order;
 * - 503 UPSTREAM_UNAVAILABLE when WeChat Pay is down or not configured.
 */
export async function createPayment(
  app: FastifyInstance,
  auth: AuthUser,
  caseId: string,
  key: string,
): Promise<PaymentCreated> {
  const { body } = await idempotent<PaymentCreated>(
    app.db,
    { scope: 'payments', userId: auth.id, key, request: { caseId } },
    // No `recover`: running again after a crash is safe, as an unpaid order of the same amount is
    // re-used (a fresh paySign for the same out_trade_no).
    { run: async () => ({ status: 200, body: await payFor(app, auth, caseId) }) },
  );
  return body;
}

/** An order for the case; an agent paying for the resident is audited (inside the idempotent block: once per key). */
async function payFor(app: FastifyInstance, auth: AuthUser, caseId: string): Promise<PaymentCreated> {
  const record = await loadCase(app, auth, caseId);
  const created = await orderFor(app, auth, record);
  await auditAgentAction(app, auth, record, 'case.payment', created.outTradeNo);
  return created;
}

async function orderFor(app: FastifyInstance, auth: AuthUser, record: ApplicationRecord): Promise<PaymentCreated> {
  const caseId = record._id.toHexString();
  assertPayable(record);
  if (!app.wechatPay.available) throw new UpstreamUnavailableError('支付暂不可用');
  const openid = await payerOpenid(app, auth);
  try {
    if (record.payment?.status === 'unpaid') {
      const reused = await reuseOrRetire(app, record, record.payment, openid);
      if (reused) return reused;
    }
    return await placeNewOrder(app, auth, record, openid);
  } catch (err) {
    // A refusal nobody expected here (a duplicate order number, a closed order) is WeChat's or our state, not the user's.
    if (!(err instanceof WechatPayRefused)) throw err;
    app.log.warn({ action: 'wechatpay.order', caseId, code: err.code }, 'order refused');
    throw new UpstreamUnavailableError('支付暂不可用，请稍后再试');
  }
}

/**
 * The case already has an unpaid order. Asks WeChat Pay first: paid → apply
 * the transition and answer 已支付; the user is paying right now → 409; same
 * amount and payer → place the same order again (WeChat Pay gives the same
 * prepay id) and sign fresh parameters; otherwise close it and return null.
 */
async function reuseOrRetire(
  app: FastifyInstance,
  record: ApplicationRecord,
  current: CasePayment,
  openid: string,
): Promise<PaymentCreated | null> {
  const tx = await queryOrNull(app, current.outTradeNo);
  if (tx?.trade_state === 'SUCCESS' || tx?.trade_state === 'REFUND') {
    await settle(app, tx);
    throw PaymentErrors.alreadyPaid();
  }
  if (tx?.trade_state === 'USERPAYING') throw PaymentErrors.inProgress();
  const Payments = paymentsModel(app.db);
  const mine = await Payments.findOne({ outTradeNo: current.outTradeNo }).lean<PaymentRecord>();
  const open = !tx || tx.trade_state === 'NOTPAY';
  if (mine && open && mine.amount === record.fee.total && mine.openid === openid) {
    const { requestPayment } = await app.wechatPay.jsapi({
      outTradeNo: mine.outTradeNo,
      description: descriptionOf(record),
      amount: mine.amount,
      openid,
    });
    return { paymentId: current.id, outTradeNo: mine.outTradeNo, amount: mine.amount, requestPayment };
  }
  if (tx && tx.trade_state !== 'CLOSED' && tx.trade_state !== 'REVOKED') await closeOrSettle(app, current.outTradeNo);
  await Payments.updateOne({ outTradeNo: current.outTradeNo, status: 'unpaid' }, { $set: { status: 'closed' } });
  return null;
}

/**
 * Closes an order at WeChat Pay; if it was paid meanwhile, records the payment
 * instead and answers 已支付. An order WeChat Pay never got counts as closed.
 */
export async function closeOrSettle(app: FastifyInstance, outTradeNo: string): Promise<void> {
  try {
    await app.wechatPay.close(outTradeNo);
  } catch (err) {
    if (err instanceof WechatPayRefused && err.code === 'ORDER_NOT_EXIST') return;
    if (!(err instanceof WechatPayRefused && err.code === 'ORDERPAID')) throw err;
    await settle(app, await app.wechatPay.query(outTradeNo));
    throw PaymentErrors.alreadyPaid();
  }
}
