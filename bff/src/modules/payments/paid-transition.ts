import { type FastifyInstance } from 'fastify';
import { type UpdateQuery } from 'mongoose';
import { guardedUpdate } from '../../lib/guarded-update';
import { type PayTransaction } from '../../plugins/app/wechat-pay';
import { applicationModel, type ApplicationRecord } from '../applications/application.model';
import { PaymentMismatch } from './payments.errors';
import { paymentsModel, type PaymentRecord } from './payments.model';

/** How long a writer waits for the case's write lease: concurrent notifications queue rather than fail. */
const LEASE_WAIT_MS = 3_000;
const TRIES = 5;

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
 * exactly once: a version-guarded update under the case's write lease, so
 * concurrent notifications serialise and only the first one writes (status,
 * `paidAt`, one `paid` timeline event). Outcomes: PaidOutcome; PaymentMismatch
 * (nothing changed); an Error when the case stays contended (the caller
 * answers non-2xx and WeChat Pay retries).
 */
export async function applyPaid(app: FastifyInstance, tx: PayTransaction): Promise<PaidOutcome> {
  if (tx.mchid !== app.wechatPay.mchid || tx.appid !== app.wechatPay.appid) throw new PaymentMismatch('merchant');
  if (tx.trade_state !== 'SUCCESS') throw new PaymentMismatch('trade_state');
  const payment = await paymentsModel(app.db).findOne({ outTradeNo: tx.out_trade_no }).lean<PaymentRecord>();
  if (!payment) throw new PaymentMismatch('unknown_order');
  if (tx.amount?.total !== payment.amount) throw new PaymentMismatch('amount');

  const Cases = applicationModel(app.db);
  for (let i = 0; i < TRIES; i += 1) {
    const record = await Cases.findById(payment.caseId).lean<ApplicationRecord>();
    if (!record) throw new PaymentMismatch('unknown_order');
    const current = record.payment;
    if (current?.outTradeNo !== tx.out_trade_no) return orphan(app, payment);
    if (current.status === 'paid' || current.status === 'refunded') return 'duplicate';
    if (current.status === 'closed') return orphan(app, payment);
    const paidAt = paidAtOf(tx);
    const update: UpdateQuery<ApplicationRecord> = {
      $set: { 'payment.status': 'paid', 'payment.paidAt': paidAt },
      $push: { timeline: { at: new Date(), actor: { role: 'wechatpay' }, action: 'paid' } },
    };
    const updated = await guardedUpdate(Cases, payment.caseId, record.version, update as UpdateQuery<never>, {
      waitMs: LEASE_WAIT_MS,
    });
    if (updated) {
      await paymentsModel(app.db).updateOne(
        { _id: payment._id },
        { $set: { status: 'paid', paidAt, transactionId: tx.transaction_id } },
      );
      return 'paid';
    }
  }
  throw new Error(`case ${payment.caseId} stayed contended while recording payment ${tx.out_trade_no}`);
}

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
