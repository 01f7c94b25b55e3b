import { type FastifyInstance } from 'fastify';
import { insertUnique, TIMING } from '../../lib/store';
import { applicationModel, retryTransitionCase, type ApplicationRecord } from '../applications';
import { applyRefunded, type RefundedOutcome } from './refunded-transition';
import { PaymentMismatch } from './payments.errors';
import { outRefundNoOf, refundsModel, type RefundRecord } from './refunds.model';

/** Why a paid case gets its money back; the reason WeChat Pay shows the payer (≤ 80 bytes). */
export const REFUND_REASONS = {
  withdrawn: '申请已撤回，费用全额退还',
  rejected: '申请不予受理，费用全额退还',
  denied: '申请不予许可，费用全额退还',
} as const;
export type RefundCause = keyof typeof REFUND_REASONS;

export type RefundOutcome = 'nothing' | 'requested' | RefundedOutcome | 'mismatch';

/**
 * A paid case that will not be served gets its fee back in full, once:
 * 1. the refund record (`_id` = out_refund_no) is inserted unique before
 *    anything goes out — a second caller finds it and only carries on;
 * 2. the case goes paid → refunding with a `refund_requested` event;
 * 3. WeChat Pay is asked (the same out_refund_no again is the same refund);
 * 4. its answer, like its REFUND.SUCCESS, is recorded by `applyRefunded`.
 * A crash or a WeChat Pay failure after 1 leaves a `requested` record that
 * `reconcileRefunds` asks about again. Safe to run again at any point.
 */
export async function refundPaidCase(
  app: FastifyInstance,
  record: ApplicationRecord,
  cause: RefundCause,
): Promise<RefundOutcome> {
  const payment = record.payment;
  if (payment?.status !== 'paid' && payment?.status !== 'refunding') return 'nothing';
  const caseId = record._id.toHexString();
  const outRefundNo = outRefundNoOf(payment.outTradeNo);
  const Refunds = refundsModel(app.db);
  await insertUnique(Refunds, {
    _id: outRefundNo,
    caseId,
    outTradeNo: payment.outTradeNo,
    amount: payment.amount,
    reason: REFUND_REASONS[cause],
    status: 'requested',
  });
  const refund = await Refunds.findById(outRefundNo).lean<RefundRecord>();
  if (!refund || refund.status === 'refunded') return 'duplicate';
  return askForRefund(app, refund);
}

/** Steps 2-4 for a `requested` refund record (also the reconcile job's way back after a crash). */
export async function askForRefund(app: FastifyInstance, refund: RefundRecord): Promise<RefundOutcome> {
  const step = await retryTransitionCase(
    app,
    refund.caseId,
    (current) =>
      current.payment?.outTradeNo !== refund.outTradeNo || current.payment.status !== 'paid'
        ? null
        : {
            set: { 'payment.status': 'refunding' },
            events: [{ at: new Date(), actor: { role: 'system' }, action: 'refund_requested', note: refund.reason }],
          },
    { timing: TIMING.write },
  );
  if (step.outcome === 'contended') throw new Error(`case ${refund.caseId} stayed contended while refunding`);
  // WeChat Pay failing (503) leaves the record `requested` for the reconcile job.
  const answer = await app.wechatPay.refund({
    outTradeNo: refund.outTradeNo,
    outRefundNo: refund._id,
    amount: refund.amount,
    reason: refund.reason,
  });
  if ((answer.status ?? answer.refund_status) !== 'SUCCESS') return 'requested';
  return recordOutcome(app, () => applyRefunded(app, answer), refund._id);
}

/** applyRefunded for what WeChat Pay itself answered; a mismatch is logged (someone must look), not thrown. */
async function recordOutcome(
  app: FastifyInstance,
  apply: () => Promise<RefundedOutcome>,
  outRefundNo: string,
): Promise<RefundOutcome> {
  try {
    const outcome = await apply();
    app.log.info({ action: 'wechatpay.refund', outRefundNo, result: outcome }, 'refund recorded');
    return outcome;
  } catch (err) {
    if (!(err instanceof PaymentMismatch)) throw err;
    app.log.error({ action: 'wechatpay.refund', outRefundNo, result: err.reason }, 'refund does not match');
    return 'mismatch';
  }
}

/**
 * The fallback for a lost REFUND.SUCCESS or a crash: asks WeChat Pay about a
 * `requested` refund; none there yet (the call never went out) → asks for it
 * again; SUCCESS → the same single transition as the notification.
 */
export async function reconcileRefund(app: FastifyInstance, refund: RefundRecord): Promise<RefundOutcome> {
  const found = await app.wechatPay.queryRefund(refund._id);
  if (!found) return askForRefund(app, refund);
  if ((found.status ?? found.refund_status) !== 'SUCCESS') return 'requested';
  return recordOutcome(app, () => applyRefunded(app, found), refund._id);
}

/**
 * One pass over the refunds still `requested` at least `olderThanMs` after they were asked for (younger ones
 * are usually still on their way). One equality read; the age is checked here. Returns how many are now
 * refunded (by this pass, or by their notification arriving meanwhile).
 */
export async function reconcileRefunds(app: FastifyInstance, olderThanMs: number): Promise<number> {
  const requested = await refundsModel(app.db).find({ status: 'requested' }).lean<RefundRecord[]>();
  const due = requested.filter((r) => r.createdAt.getTime() <= Date.now() - olderThanMs).slice(0, 50);
  let refunded = 0;
  for (const refund of due) {
    try {
      const outcome = await reconcileRefund(app, refund);
      if (outcome === 'refunded' || outcome === 'duplicate') refunded += 1;
    } catch (err) {
      app.log.warn(
        { action: 'wechatpay.refund.reconcile', outRefundNo: refund._id, reason: (err as Error).message },
        'refund reconcile failed',
      );
    }
  }
  return refunded;
}

/**
 * For the deciding modules (withdrawal, 不予受理, 不予许可), after their decision
 * is stored: refunds the case if it is paid. Never throws — the decision
 * stands; a refund that could not be finished now is left `requested` for
 * the reconcile job. Returns the case as it is afterwards when the refund
 * wrote to it (so the caller answers with its current version), else null.
 */
export async function refundIfPaid(
  app: FastifyInstance,
  record: ApplicationRecord,
  cause: RefundCause,
): Promise<ApplicationRecord | null> {
  const caseId = record._id.toHexString();
  let outcome: RefundOutcome = 'nothing';
  try {
    outcome = await refundPaidCase(app, record, cause);
  } catch (err) {
    app.log.warn({ action: 'wechatpay.refund', caseId, reason: (err as Error).message }, 'refund left for later');
    outcome = 'requested';
  }
  if (outcome === 'nothing') return null;
  return applicationModel(app.db).findById(caseId).lean<ApplicationRecord>();
}
