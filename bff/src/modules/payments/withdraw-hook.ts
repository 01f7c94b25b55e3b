import { type FastifyInstance } from 'fastify';
import { TIMING } from '../../lib/store';
import { applicationModel, retryTransitionCase, type ApplicationRecord } from '../applications';
import { isAppError } from './payments.errors';
import { closeOrSettle } from './payments.service';
import { paymentsModel } from './payments.model';
import { refundPaidCase } from './refund.service';

const TRIES = 3;

/**
 * Withdraw hook (`app.withdrawHooks`): a withdrawn case's unpaid order is closed at WeChat Pay
 * (so it can no longer be paid) and its `payment.status` becomes `closed`.
 * A paid case (or one the user paid just before) is refunded in full
 * (`refundPaidCase`). Idempotent: a closed or refunded payment is left alone.
 */
export async function closeOnWithdraw(app: FastifyInstance, withdrawn: ApplicationRecord): Promise<void> {
  const payment = withdrawn.payment;
  if (payment?.status === 'paid' || payment?.status === 'refunding') {
    await refundPaidCase(app, withdrawn, 'withdrawn');
    return;
  }
  if (payment?.status !== 'unpaid') return;
  const caseId = withdrawn._id.toHexString();
  try {
    await closeOrSettle(app, payment.outTradeNo);
  } catch (err) {
    if (!isAppError(err, 'INVALID_STATE')) throw err;
    app.log.warn(
      { action: 'payment.close', caseId, outTradeNo: payment.outTradeNo, result: 'paid' },
      'withdrawn case was paid: refunding',
    );
    const paid = await applicationModel(app.db).findById(caseId).lean<ApplicationRecord>();
    if (paid) await refundPaidCase(app, paid, 'withdrawn');
    return;
  }
  const closed = await retryTransitionCase(
    app,
    caseId,
    (record) =>
      record.payment?.outTradeNo !== payment.outTradeNo || record.payment.status !== 'unpaid'
        ? null
        : {
            set: { 'payment.status': 'closed' },
            events: [{ at: new Date(), actor: { role: 'system' }, action: 'payment_closed' }],
          },
    { tries: TRIES, timing: TIMING.write },
  );
  if (closed.outcome === 'contended') throw new Error(`case ${caseId} stayed contended while closing its payment`);
  await paymentsModel(app.db).updateOne(
    { outTradeNo: payment.outTradeNo, status: 'unpaid' },
    { $set: { status: 'closed' } },
  );
  app.log.info({ action: 'payment.close', caseId, outTradeNo: payment.outTradeNo, result: 'closed' }, 'order closed');
}
