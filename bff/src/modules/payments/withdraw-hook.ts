import { type FastifyInstance } from 'fastify';
import { type UpdateQuery } from 'mongoose';
import { guardedUpdate } from '../../lib/guarded-update';
import { applicationModel, type ApplicationRecord } from '../applications/application.model';
import { isAppError } from './payments.errors';
import { closeOrSettle } from './payments.service';
import { paymentsModel } from './payments.model';

const LEASE_WAIT_MS = 2_000;
const TRIES = 3;

/**
 * `onWithdrawn` hook: a withdrawn case's unpaid order is closed at WeChat Pay
 * (so it can no longer be paid) and its `payment.status` becomes `closed`.
 * If the user paid just before, the payment is recorded instead (a refund is
 * then staff's business). Idempotent: a closed or paid payment is left alone.
 */
export async function closeOnWithdraw(app: FastifyInstance, withdrawn: ApplicationRecord): Promise<void> {
  const payment = withdrawn.payment;
  if (payment?.status !== 'unpaid') return;
  const caseId = withdrawn._id.toHexString();
  try {
    await closeOrSettle(app, payment.outTradeNo);
  } catch (err) {
    if (!isAppError(err, 'INVALID_STATE')) throw err;
    app.log.warn(
      { action: 'payment.close', caseId, outTradeNo: payment.outTradeNo, result: 'paid' },
      'withdrawn case was paid',
    );
    return;
  }
  const Cases = applicationModel(app.db);
  let record: ApplicationRecord | null = withdrawn;
  for (let i = 0; record; i += 1) {
    if (record.payment?.outTradeNo !== payment.outTradeNo || record.payment.status !== 'unpaid') break;
    if (i === TRIES) throw new Error(`case ${caseId} stayed contended while closing its payment`);
    const update: UpdateQuery<ApplicationRecord> = {
      $set: { 'payment.status': 'closed' },
      $push: { timeline: { at: new Date(), actor: { role: 'system' }, action: 'payment_closed' } },
    };
    if (await guardedUpdate(Cases, caseId, record.version, update as UpdateQuery<never>, { waitMs: LEASE_WAIT_MS }))
      break;
    record = await Cases.findById(caseId).lean<ApplicationRecord>();
  }
  await paymentsModel(app.db).updateOne(
    { outTradeNo: payment.outTradeNo, status: 'unpaid' },
    { $set: { status: 'closed' } },
  );
  app.log.info({ action: 'payment.close', caseId, outTradeNo: payment.outTradeNo, result: 'closed' }, 'order closed');
}
