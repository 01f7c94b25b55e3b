import { type FastifyPluginAsync, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { isAllowedRedirectUri } from '../wechat/redirect-uri';
import { type PayRouteOptions } from './context';
import { type PayOrder } from './orders';
import { payOrder, takesNotifyDrop } from './pay-action';
import { renderPaidPage, renderPayErrorPage, renderPayPage } from './h5pay.page';

const PageInput = z.object({ prepay_id: z.string().optional(), redirect: z.string().optional() });

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/**
 * The H5 cashier: the H5 build opens
 * `/__mock/wechatpay/h5pay?prepay_id=…&redirect=…` where the mini-program
 * would call `wx.requestPayment`. 确认支付 pays exactly as the control route
 * does (notification included), then returns to `redirect`.
 */
export const h5payRoutes: FastifyPluginAsync<PayRouteOptions> = async (app, { pay }) => {
  // The page posts an HTML form.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  /** The order and redirect a page request names, or the reason to refuse. */
  const read = (input: unknown): { order: PayOrder; redirect: string | undefined } | string => {
    const parsed = PageInput.safeParse(input);
    if (!parsed.success) return '参数错误';
    const { prepay_id, redirect } = parsed.data;
    if (redirect !== undefined && !isAllowedRedirectUri(redirect)) {
      return 'redirect 参数错误：模拟器只回跳 127.0.0.1 或 localhost 上的 http(s) 地址';
    }
    const order = prepay_id ? pay.orders.byPrepayId(prepay_id) : undefined;
    if (!order) return '预支付交易会话不存在或 prepay_id 缺失';
    return { order, redirect };
  };

  app.get('/__mock/wechatpay/h5pay', async (request, reply) => {
    const found = read(request.query);
    if (typeof found === 'string') return sendHtml(reply, 400, renderPayErrorPage(found));
    const { order, redirect } = found;
    if (order.trade_state !== 'NOTPAY') {
      const message = order.trade_state === 'CLOSED' ? '该订单已关闭' : '该订单已支付';
      return sendHtml(reply, 409, renderPayErrorPage(message, redirect));
    }
    const { input } = order;
    return sendHtml(
      reply,
      200,
      renderPayPage({
        merchantName: pay.settings.merchantName,
        description: input.description,
        outTradeNo: input.out_trade_no,
        total: input.amount.total,
        prepayId: order.prepay_id,
        redirect,
      }),
    );
  });

  app.post('/__mock/wechatpay/h5pay/confirm', async (request, reply) => {
    const found = read(request.body);
    if (typeof found === 'string') return sendHtml(reply, 400, renderPayErrorPage(found));
    const { order, redirect } = found;
    const outcome = await payOrder(pay, order, { notify: !takesNotifyDrop(app, request, order) });
    if (!outcome.paid) return sendHtml(reply, outcome.status, renderPayErrorPage(outcome.message, redirect));
    if (redirect === undefined) return sendHtml(reply, 200, renderPaidPage(order.input.amount.total));
    return reply.code(303).header('location', redirect).send();
  });
};
