import { type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import { type PayTransaction, WechatPayRefused } from '../../plugins/app/wechat-pay';
import { applicationModel, type ApplicationRecord } from '../applications';
import { applyPaid, type PaidOutcome } from './paid-transition';
import { PaymentMismatch } from './payments.errors';
import { paymentsModel, type PaymentRecord } from './payments.model';
import { reconcileRefunds } from './refund.service';

/** An unpaid order is looked at once it is WECHATPAY_RECONCILE_MIN_AGE_MS old, and no longer once its prepay id has long expired (2 h). */
const RECONCILE_MAX_AGE_MS = 24 * 60 * 60_000;
const BATCH = 50;

export type SettleOutcome = PaidOutcome | 'mismatch';
export type ReconcileOutcome = SettleOutcome | 'unpaid' | 'nothing';

/** applyPaid for a transaction WeChat Pay itself reported; a mismatch is logged (someone must look), not thrown. */
export async function settle(app: FastifyInstance, tx: PayTransaction): Promise<SettleOutcome> {
  try {
    return await applyPaid(app, tx);
  } catch (err) {
    if (!(err instanceof PaymentMismatch)) throw err;
    app.log.error(
      { action: 'wechatpay.reconcile', outTradeNo: tx.out_trade_no, result: err.reason },
      'paid order does not match',
    );
    return 'mismatch';
  }
}

/** The order as WeChat Pay sees it; null when it never reached WeChat Pay. */
export async function queryOrNull(app: FastifyInstance, outTradeNo: string): Promise<PayTransaction | null> {
  try {
    return await app.wechatPay.query(outTradeNo);
  } catch (err) {
    if (err instanceof WechatPayRefused && err.code === 'ORDER_NOT_EXIST') return null;
    throw err;
  }
}

/**
 * The fallback for a lost notification: asks WeChat Pay about the case's
 * unpaid order and, when it says SUCCESS, applies the same checks and the
 * same single paid transition as the notification would. Outcomes:
 * `nothing` (no unpaid payment), `unpaid`, or the settle outcome; 503 when
 * WeChat Pay is unavailable.
 */
export async function reconcileUnpaid(app: FastifyInstance, caseId: string): Promise<ReconcileOutcome> {
  const record = await applicationModel(app.db).findById(caseId).lean<ApplicationRecord>();
  const payment = record?.payment;
  if (!payment || payment.status !== 'unpaid') return 'nothing';
  const tx = await queryOrNull(app, payment.outTradeNo);
  if (tx?.trade_state !== 'SUCCESS') return 'unpaid';
  const outcome = await settle(app, tx);
  app.log.info({ action: 'wechatpay.reconcile', outTradeNo: payment.outTradeNo, result: outcome }, 'order queried');
  return outcome;
}

/** One pass of the job: every unpaid order between `olderThanMs` and a day old. Returns how many became paid. */
export async function reconcileDue(app: FastifyInstance, olderThanMs: number): Promise<number> {
  const now = Date.now();
  const due = await paymentsModel(app.db)
    .find({
      status: 'unpaid',
      createdAt: mongoose.trusted({ $lte: new Date(now - olderThanMs), $gte: new Date(now - RECONCILE_MAX_AGE_MS) }),
    })
    .sort({ createdAt: 1 })
    .limit(BATCH)
    .lean<PaymentRecord[]>();
  let paid = 0;
  for (const payment of due) {
    try {
      if ((await reconcileUnpaid(app, payment.caseId)) === 'paid') paid += 1;
    } catch (err) {
      app.log.warn(
        { action: 'wechatpay.reconcile', outTradeNo: payment.outTradeNo, reason: (err as Error).message },
        'reconcile failed',
      );
    }
  }
  return paid;
}

/** Runs reconcileDue every `intervalMs` (0 = never), one pass at a time, stopped when the app closes. */
export function startReconcileJob(app: FastifyInstance, intervalMs: number, minAgeMs: number): void {
  if (intervalMs <= 0 || !app.wechatPay.available) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    // Stale refunds too: a lost REFUND.SUCCESS, or a crash between the refund record and the call.
    Promise.all([reconcileDue(app, minAgeMs), reconcileRefunds(app, minAgeMs)])
      .catch((err: unknown) =>
        app.log.warn({ action: 'wechatpay.reconcile', reason: (err as Error).message }, 'reconcile pass failed'),
      )
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
