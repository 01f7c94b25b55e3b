import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { type PayRouteOptions } from './context';
import { chinaTime } from './crypto';
import { sendPayError } from './errors';
import { notifyOrder, notifyRefund, TAMPERS } from './notify';
import { type PayOrder } from './orders';
import { payOrder, takesNotifyDrop } from './pay-action';

const attempts = z.number().int().min(1).max(10).optional();
const PayBody = z.object({ notify: z.boolean().default(true), attempts }).default({ notify: true });
const NotifyBody = z
  .object({ tamper: z.enum(TAMPERS).optional(), pretty: z.boolean().optional(), attempts })
  .default({});
const OrdersQuery = z.object({ out_trade_no: z.string().optional(), openid: z.string().optional() });
const OutTradeNoParams = z.object({ outTradeNo: z.string() });

/** Everything the simulator knows about an order, for tests. */
function orderView(order: PayOrder): Record<string, unknown> {
  return {
    ...order.input,
    prepay_id: order.prepay_id,
    trade_state: order.trade_state,
    ...(order.transaction_id === undefined ? {} : { transaction_id: order.transaction_id }),
    ...(order.success_time === undefined ? {} : { success_time: order.success_time }),
    created_at: order.created_at,
    refunds: order.refunds,
    notifications: order.notifications,
  };
}

/** Test controls: make the user pay, re-send (or break) payment and refund notifications, look at orders. */
export const controlRoutes: FastifyPluginAsync<PayRouteOptions> = async (app, { pay }) => {
  // `{}`, an empty body or none at all are all "no options".
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('body is not JSON'), { statusCode: 400 }));
    }
  });

  const notFound = (outTradeNo: string) => `没有商户订单号为 ${outTradeNo} 的订单`;

  app.post('/__mock/wechatpay/pay/:outTradeNo', async (request, reply) => {
    const { outTradeNo } = OutTradeNoParams.parse(request.params);
    const body = PayBody.safeParse(request.body ?? undefined);
    if (!body.success) return sendPayError(reply, 400, 'PARAM_ERROR', z.prettifyError(body.error));
    const order = pay.orders.get(outTradeNo);
    if (!order) return sendPayError(reply, 404, 'ORDER_NOT_EXIST', notFound(outTradeNo));
    const notify = body.data.notify && !takesNotifyDrop(app, request, order);
    const outcome = await payOrder(pay, order, { notify, attempts: body.data.attempts });
    if (!outcome.paid) return sendPayError(reply, outcome.status, outcome.code, outcome.message);
    return outcome;
  });

  app.post('/__mock/wechatpay/notify/:outTradeNo', async (request, reply) => {
    const { outTradeNo } = OutTradeNoParams.parse(request.params);
    const body = NotifyBody.safeParse(request.body ?? undefined);
    if (!body.success) return sendPayError(reply, 400, 'PARAM_ERROR', z.prettifyError(body.error));
    const order = pay.orders.get(outTradeNo);
    if (!order) return sendPayError(reply, 404, 'ORDER_NOT_EXIST', notFound(outTradeNo));
    if (order.transaction_id === undefined)
      return sendPayError(reply, 409, 'ORDER_NOT_PAID', '订单未支付，没有支付通知');
    return notifyOrder(pay, order, body.data);
  });

  app.post('/__mock/wechatpay/refund-notify/:outRefundNo', async (request, reply) => {
    const { outRefundNo } = z.object({ outRefundNo: z.string() }).parse(request.params);
    const body = NotifyBody.safeParse(request.body ?? undefined);
    if (!body.success) return sendPayError(reply, 400, 'PARAM_ERROR', z.prettifyError(body.error));
    const found = pay.orders.findRefund(outRefundNo);
    if (!found) return sendPayError(reply, 404, 'RESOURCE_NOT_EXISTS', `没有商户退款单号为 ${outRefundNo} 的退款`);
    const { order, refund } = found;
    if (refund.notify_url === undefined) {
      return sendPayError(reply, 409, 'NO_NOTIFY_URL', '该退款申请时没有 notify_url，没有退款通知');
    }
    // A refund left PROCESSING (scenario `refund-processing`) succeeds now: the bank is done.
    if (refund.status === 'PROCESSING') Object.assign(refund, { status: 'SUCCESS', success_time: chinaTime() });
    return notifyRefund(pay, order, { ...refund, notify_url: refund.notify_url }, body.data);
  });

  app.get('/__mock/wechatpay/orders', async (request, reply) => {
    const query = OrdersQuery.safeParse(request.query);
    if (!query.success) return sendPayError(reply, 400, 'PARAM_ERROR', 'out_trade_no and openid may appear once');
    return { items: pay.orders.list(query.data).map(orderView) };
  });

  app.get('/__mock/wechatpay/prepay/:prepayId', async (request, reply) => {
    const { prepayId } = z.object({ prepayId: z.string() }).parse(request.params);
    const order = pay.orders.byPrepayId(prepayId);
    if (!order) return sendPayError(reply, 404, 'ORDER_NOT_EXIST', '预支付交易会话不存在');
    return {
      out_trade_no: order.input.out_trade_no,
      amount: order.input.amount.total,
      description: order.input.description,
      trade_state: order.trade_state,
    };
  });
};
