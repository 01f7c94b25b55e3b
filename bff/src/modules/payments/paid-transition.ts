import { type FastifyInstance } from 'fastify';
import { type PayTransaction } from '../../plugins/app/wechat-pay';
import { retryTransitionCase } from '../applications';
import { PaymentMismatch } from './payments.errors';
import { paymentsModel, type PaymentRecord } from './payments.model';
import { refundIfPaid, type RefundCause } from './refund.service';

/**
 * `paid`: this call made the one unpaid → paid transition; `duplicate`: it
 * was already paid (or refunded) — answer success, change nothing; `orphan`:
 * WeChat Pay took money for an order that is no longer the case's current one
 * (logged for a refund by staff).
 */
export type PaidOutcome = 'paid' | 'duplicate' | 'orphan';

/**
 * Checks a transaction (decrypted notification or order query) against our
 * records — merchant, appid, a known out_trade_no, the recorded amount,
 * trade_state SUCCESS — and applies the unpaid → paid transition on the case
 * exactly once through the case's owner (`retryTransitionCase`), so
 * concurrent notifications serialise and only the first one writes (status,
 * `paidAt`, the transaction id, one `paid` timeline event). Outcomes: PaidOutcome; PaymentMismatch
 * (nothing changed); an Error when the case stays contended (the caller
 * answers non-2xx and WeChat Pay retries).
 */
export async function applyPaid(app: FastifyInstance, tx: PayTransaction): Promise<PaidOutcome> {
  if (tx.mchid !== app.wechatPay.mchid || tx.appid !== app.wechatPay.appid) throw new PaymentMismatch('merchant');
  if (tx.trade_state !== 'SUCCESS') throw new PaymentMismatch('trade_state');
  const payment = await paymentsModel(app.db).findOne({ outTradeNo: tx.out_trade_no }).lean<PaymentRecord>();
  if (!payment) throw new PaymentMismatch('unknown_order');
  if (tx.amount?.total !== payment.amount) throw new PaymentMismatch('amount');

  const paidAt = paidAtOf(tx);
  let seen: 'duplicate' | 'orphan' = 'orphan';
  const result = await retryTransitionCase(app, payment.caseId, (record) => {
    const current = record.payment;
    if (current?.outTradeNo !== tx.out_trade_no || current.status === 'closed') return null;
    if (current.status === 'paid' || current.status === 'refunding' || current.status === 'refunded') {
      seen = 'duplicate';
      return null;
    }
    return {
      // The transaction id goes with the transition: the case alone says what was paid and how.
      set: { 'payment.status': 'paid', 'payment.paidAt': paidAt, 'payment.transactionId': tx.transaction_id },
      events: [{ at: new Date(), actor: { role: 'wechatpay' }, action: 'paid' }],
    };
  });
  if (result.outcome === 'contended') {
    throw new Error(`case ${payment.caseId} stayed contended while recording payment ${tx.out_trade_no}`);
  }
  if (result.outcome === 'declined' && !result.record) throw new PaymentMismatch('unknown_order');
  if (result.outcome === 'declined' && seen === 'orphan') return orphan(app, payment);
  // The payments record mirrors the case; written after it, and again on every repeated notice,
  // so a crash between the two is mended by WeChat Pay's retry (`duplicate`).
  const paid = result.outcome === 'written' ? result.record.payment : undefined;
  await paymentsModel(app.db).updateOne(
    { _id: payment._id },
    { $set: { status: 'paid', paidAt: paid?.paidAt ?? paidAt, transactionId: tx.transaction_id } },
  );
  // Paid after the case was refused or denied (an order still open when staff decided): the money is owed back.
  if (result.outcome === 'written') {
    const cause = UNSERVED[result.record.status];
    if (cause) await refundIfPaid(app, result.record, cause);
  }
  return result.outcome === 'written' ? 'paid' : 'duplicate';
}

/** Case statuses that will never be served, and why the fee goes back. */
const UNSERVED: Partial<Record<string, RefundCause>> = {
  withdrawn: 'withdrawn',
  rejected: 'rejected',
  denied: 'denied',
};

/** WeChat's `success_time` (RFC 3339, +08:00); our clock if it is missing or odd. */
function paidAtOf(tx: PayTransaction): Date {
  const at = tx.success_time ? new Date(tx.success_time) : new Date(Number.NaN);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

async function orphan(app: FastifyInstance, payment: PaymentRecord): Promise<PaidOutcome> {
  app.log.error(
    { action: 'wechatpay.orphan', outTradeNo: payment.outTradeNo, caseId: payment.caseId },
    'WeChat Pay reports a payment for an order that is not the case’s current one: refund needed',
  );
  await paymentsModel(app.db).updateOne({ _id: payment._id }, { $set: { status: 'paid' } });
  return 'orphan';
}
