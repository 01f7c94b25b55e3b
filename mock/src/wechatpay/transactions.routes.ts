import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { type PayRouteOptions } from './context';
import { PAY_ERRORS, sendKnownError, sendParamError } from './errors';
import { transactionOf } from './orders';
import { CloseBody, JsapiBody, QueryParams } from './schemas';

const OrderParams = z.object({ out_trade_no: z.string() });
const TransactionParams = z.object({ transaction_id: z.string() });

/** 下单 (JSAPI/mini-program), query by out_trade_no or transaction_id, close. */
export const transactionRoutes: FastifyPluginAsync<PayRouteOptions> = async (app, { pay }) => {
  const { settings, orders } = pay;

  app.post('/v3/pay/transactions/jsapi', { config: { scenarios: ['pay-busy'] } }, async (request, reply) => {
    if (request.scenario === 'pay-busy') return sendKnownError(reply, PAY_ERRORS.systemError);
    const parsed = JsapiBody.safeParse(request.body);
    if (!parsed.success) return sendParamError(reply, parsed.error, request.body);
    const b = parsed.data;
    if (b.appid !== settings.appid || b.mchid !== settings.mchid) {
      return sendKnownError(reply, PAY_ERRORS.appidMchidNotMatch);
    }
    const result = orders.create({
      appid: b.appid,
      mchid: b.mchid,
      description: b.description,
      out_trade_no: b.out_trade_no,
      time_expire: b.time_expire,
      attach: b.attach,
      notify_url: b.notify_url,
      amount: { total: b.amount.total, currency: 'CNY' },
      payer: { openid: b.payer.openid },
    });
    if ('error' in result) {
      const error = {
        paid: PAY_ERRORS.orderPaid,
        closed: PAY_ERRORS.orderClosed,
        duplicate: PAY_ERRORS.duplicateOrder,
      };
      return sendKnownError(reply, error[result.error]);
    }
    return { prepay_id: result.order.prepay_id };
  });

  const queryConfig = { config: { scenarios: ['pay-busy'] as const } };

  app.get('/v3/pay/transactions/out-trade-no/:out_trade_no', queryConfig, async (request, reply) => {
    if (request.scenario === 'pay-busy') return sendKnownError(reply, PAY_ERRORS.systemError);
    const query = QueryParams.safeParse(request.query);
    if (!query.success) return sendParamError(reply, query.error, request.query);
    if (query.data.mchid !== settings.mchid) return sendKnownError(reply, PAY_ERRORS.mchNotExists);
    const order = orders.get(OrderParams.parse(request.params).out_trade_no);
    if (!order) return sendKnownError(reply, PAY_ERRORS.orderNotExist);
    return transactionOf(order, settings.mchid);
  });

  app.get('/v3/pay/transactions/id/:transaction_id', queryConfig, async (request, reply) => {
    if (request.scenario === 'pay-busy') return sendKnownError(reply, PAY_ERRORS.systemError);
    const query = QueryParams.safeParse(request.query);
    if (!query.success) return sendParamError(reply, query.error, request.query);
    if (query.data.mchid !== settings.mchid) return sendKnownError(reply, PAY_ERRORS.mchNotExists);
    const order = orders.byTransactionId(TransactionParams.parse(request.params).transaction_id);
    if (!order) return sendKnownError(reply, PAY_ERRORS.orderNotExist);
    return transactionOf(order, settings.mchid);
  });

  app.post(
    '/v3/pay/transactions/out-trade-no/:out_trade_no/close',
    { config: { scenarios: [] } },
    async (request, reply) => {
      const body = CloseBody.safeParse(request.body);
      if (!body.success) return sendParamError(reply, body.error, request.body);
      if (body.data.mchid !== settings.mchid) return sendKnownError(reply, PAY_ERRORS.mchNotExists);
      const order = orders.get(OrderParams.parse(request.params).out_trade_no);
      if (!order) return sendKnownError(reply, PAY_ERRORS.orderNotExist);
      if (order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND') {
        return sendKnownError(reply, PAY_ERRORS.orderPaid);
      }
      // Closing a closed order is not an error.
      order.trade_state = 'CLOSED';
      return reply.code(204).send();
    },
  );
};
