import { type FastifyPluginAsync } from 'fastify';
import notifyRoutes from './notify.routes';
import { paymentsModel } from './payments.model';
import { refundsModel } from './refunds.model';
import paymentsRoutes from './payments.routes';
import { startReconcileJob } from './reconcile';
import { closeOnWithdraw } from './withdraw-hook';

export { reconcileUnpaid, reconcileDue } from './reconcile';
export { refundIfPaid, reconcileRefunds, type RefundCause } from './refund.service';

/**
 * The payments module: WeChat Pay JSAPI orders for a case's fee, the signed
 * notification, the order-query fallback (reconcile job) and closing the
 * order of a withdrawn case. Registered after the applications module.
 */
const paymentsModule: FastifyPluginAsync = async (app) => {
  // The unique out_trade_no index must exist before the first order.
  await paymentsModel(app.db).init();
  await refundsModel(app.db).init();
  app.withdrawHooks.add(closeOnWithdraw);
  await app.register(paymentsRoutes);
  await app.register(notifyRoutes);
  startReconcileJob(app, app.config.WECHATPAY_RECONCILE_INTERVAL_MS, app.config.WECHATPAY_RECONCILE_MIN_AGE_MS);
};

export default paymentsModule;
