import { type FastifyPluginAsync, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SCENARIO_HEADER } from '../core/scenario';
import { inBackground, type PayRouteOptions } from './context';
import { notifyRefund } from './notify';
import { sendParamError, sendPayError } from './errors';
import { chinaTime, randomDigits } from './crypto';
import { refundedTotal, type PayOrder, type RefundRecord } from './orders';
import { RefundBody } from './schemas';

/** WeChat Pay's refund object. */
function refundOf(order: PayOrder, refund: RefundRecord): Record<string, unknown> {
  const total = order.input.amount.total;
  return {
    refund_id: refund.refund_id,
    out_refund_no: refund.out_refund_no,
    transaction_id: order.transaction_id,
    out_trade_no: order.input.out_trade_no,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    ...(refund.success_time === undefined ? {} : { success_time: refund.success_time }),
    create_time: refund.create_time,
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total,
      refund: refund.refund,
      payer_total: total,
      payer_refund: refund.refund,
      settlement_total: total,
      settlement_refund: refund.refund,
      discount_refund: 0,
      currency: 'CNY',
      refund_fee: 0,
    },
  };
}

/** What is wrong with a refund request for this order, if anything. */
function refusal(order: PayOrder, body: RefundBody): string | null {
  if (order.transaction_id === undefined) return '订单未支付，不能退款';
  if (body.amount.total !== order.input.amount.total) return '订单金额 amount.total 与原订单不一致';
  if (refundedTotal(order) + body.amount.refund > order.input.amount.total) return '申请退款金额超过订单可退金额';
  return null;
}

/**
 * 申请退款 (succeeds at once, then REFUND.SUCCESS to its notify_url) and 查询单笔退款.
 * `refund-processing` answers PROCESSING, as WeChat Pay mostly does, and sends
 * nothing until POST /__mock/wechatpay/refund-notify/:outRefundNo (the bank is done).
 */
export const refundRoutes: FastifyPluginAsync<PayRouteOptions> = async (app, { pay }) => {
  const { orders } = pay;
  /** New refunds whose notification goes out once the answer has been sent, as WeChat's comes later. */
  const toNotify = new WeakMap<FastifyRequest, { order: PayOrder; refund: RefundRecord & { notify_url: string } }>();

  /**
   * `notify-drop` by header or armed (its `match` sees out_refund_no and
   * out_trade_no): the refund happens but its notification never comes, so
   * the BFF must find out by querying the refund.
   */
  const dropsNotification = (request: FastifyRequest, order: PayOrder, refund: RefundRecord): boolean => {
    if (request.headers[SCENARIO_HEADER] === 'notify-drop') return true;
    const path = request.url.split('?')[0] ?? request.url;
    const text = () => `${refund.out_refund_no}\n${order.input.out_trade_no}`;
    return app.scenarios.take(['notify-drop'], { path, text }) !== null;
  };

  app.addHook('onResponse', async (request) => {
    const pending = toNotify.get(request);
    if (pending) inBackground(pay, notifyRefund(pay, pending.order, pending.refund));
  });

  app.post('/v3/refund/domestic/refunds', { config: { scenarios: ['refund-processing'] } }, async (request, reply) => {
    const parsed = RefundBody.safeParse(request.body);
    if (!parsed.success) return sendParamError(reply, parsed.error, request.body);
    const body = parsed.data;
    const order = orders.get(body.out_trade_no);
    if (!order) return sendPayError(reply, 404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    // The same out_refund_no again is the same refund (idempotent), if it asks the same.
    const earlier = orders.findRefund(body.out_refund_no);
    if (earlier) {
      if (earlier.order !== order || earlier.refund.refund !== body.amount.refund) {
        return sendPayError(reply, 400, 'INVALID_REQUEST', '退款单号重复，且与原退款请求参数不一致');
      }
      return refundOf(order, earlier.refund);
    }
    const problem = refusal(order, body);
    if (problem !== null) return sendPayError(reply, 400, 'INVALID_REQUEST', problem);
    const now = chinaTime();
    const processing = request.scenario === 'refund-processing';
    const refund: RefundRecord = {
      refund_id: `50${randomDigits(27)}`,
      out_refund_no: body.out_refund_no,
      reason: body.reason ?? null,
      refund: body.amount.refund,
      create_time: now,
      ...(processing ? { status: 'PROCESSING' as const } : { status: 'SUCCESS' as const, success_time: now }),
      ...(body.notify_url === undefined ? {} : { notify_url: body.notify_url }),
      notifications: [],
    };
    order.refunds.push(refund);
    order.trade_state = 'REFUND';
    if (!processing && refund.notify_url !== undefined && !dropsNotification(request, order, refund)) {
      toNotify.set(request, { order, refund: { ...refund, notify_url: refund.notify_url } });
    }
    return refundOf(order, refund);
  });

  app.get('/v3/refund/domestic/refunds/:out_refund_no', { config: { scenarios: [] } }, async (request, reply) => {
    const { out_refund_no } = z.object({ out_refund_no: z.string() }).parse(request.params);
    const found = orders.findRefund(out_refund_no);
    if (!found) return sendPayError(reply, 404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    return refundOf(found.order, found.refund);
  });
};
