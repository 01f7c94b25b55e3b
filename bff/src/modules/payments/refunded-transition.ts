import { type FastifyInstance } from 'fastify';
import { type PayRefund } from '../../plugins/app/wechat-pay';
import { retryTransitionCase } from '../applications';
import { PaymentMismatch } from './payments.errors';
import { paymentsModel } from './payments.model';
import { refundsModel, type RefundRecord } from './refunds.model';

/** `refunded`: this call recorded the refund; `duplicate`: it was recorded before — answer success, change nothing. */
export type RefundedOutcome = 'refunded' | 'duplicate';

/**
 * Checks a refund WeChat Pay reports (REFUND.SUCCESS, a refund answer or a
 * refund query) against our refund record — merchant, a known out_refund_no
 * of that order, the whole amount, status SUCCESS — and applies the
 * refunding → refunded transition on the case exactly once through the
 * case's owner: status, one `refunded` timeline event and one message to the
 * payer in one update. Concurrent reports queue on the case; the later ones
 * see `refunded` and write nothing. Outcomes: RefundedOutcome; PaymentMismatch
 * (nothing changed); an Error when the case stays contended (WeChat retries).
 */
export async function applyRefunded(app: FastifyInstance, refund: PayRefund): Promise<RefundedOutcome> {
  if (refund.mchid !== undefined && refund.mchid !== app.wechatPay.mchid) throw new PaymentMismatch('merchant');
  if ((refund.refund_status ?? refund.status) !== 'SUCCESS') throw new PaymentMismatch('refund_status');
  const record = await refundsModel(app.db).findById(refund.out_refund_no).lean<RefundRecord>();
  if (!record || record.outTradeNo !== refund.out_trade_no) throw new PaymentMismatch('unknown_refund');
  if (refund.amount.refund !== record.amount || refund.amount.total !== record.amount) {
    throw new PaymentMismatch('amount');
  }

  const refundedAt = successTimeOf(refund);
  const result = await retryTransitionCase(app, record.caseId, (current) => {
    const payment = current.payment;
    // Paid too: the report may overtake our own refunding step (it is written before the call, but a crash
    // between insert and step leaves the case paid while the reconcile job asks again).
    if (payment?.outTradeNo !== record.outTradeNo) return null;
    if (payment.status !== 'refunding' && payment.status !== 'paid') return null;
    return {
      set: { 'payment.status': 'refunded' },
      events: [{ at: new Date(), actor: { role: 'wechatpay' }, action: 'refunded' }],
      notify: [{ kind: 'refunded' }],
    };
  });
  if (result.outcome === 'contended') {
    throw new Error(`case ${record.caseId} stayed contended while recording refund ${record._id}`);
  }
  // The mirror after the case, and again on every repeated report: a crash between is mended by a retry.
  await refundsModel(app.db).updateOne(
    { _id: record._id },
    { $set: { status: 'refunded', refundId: refund.refund_id, refundedAt } },
  );
  await paymentsModel(app.db).updateOne({ outTradeNo: record.outTradeNo }, { $set: { status: 'refunded' } });
  return result.outcome === 'written' ? 'refunded' : 'duplicate';
}

/** WeChat's `success_time`; our clock if it is missing or odd. */
function successTimeOf(refund: PayRefund): Date {
  const at = refund.success_time ? new Date(refund.success_time) : new Date(Number.NaN);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}
