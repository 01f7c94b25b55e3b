import { type FastifyError, type FastifyPluginAsync, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { UpstreamUnavailableError } from '../../lib/app-error';
import { NotifyRejected, verifyNotification, verifyRefundNotification } from './notify.verify';
import { applyPaid } from './paid-transition';
import { applyRefunded } from './refunded-transition';
import { PaymentMismatch } from './payments.errors';

const NOTIFY_BODY_LIMIT = 64 * 1024;
const Success = z.object({ code: z.literal('SUCCESS') });
const Fail = z.object({ code: z.literal('FAIL'), message: z.string() });

const fail = (reply: FastifyReply, status: number, message: string) =>
  reply.status(status).send({ code: 'FAIL', message });

/**
 * `POST /payments/wechat/notify` (WeChat Pay → us). Encapsulated: its own
 * raw-body parser (the signature covers the exact bytes, so the body must
 * not be parsed and re-serialised) and its own error shape, WeChat's
 * `{code: 'FAIL', message}`. 200 `{code: 'SUCCESS'}` for a payment recorded
 * now or before; 4xx when refused (nothing changed); 5xx makes WeChat retry.
 */
const notifyRoutes: FastifyPluginAsync = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) request.log.error({ err, action: 'wechatpay.notify' }, 'notification failed');
    return fail(reply, status >= 400 && status < 500 ? status : 500, status < 500 ? err.message : '系统繁忙');
  });

  app.post(
    '/payments/wechat/notify',
    {
      bodyLimit: NOTIFY_BODY_LIMIT,
      schema: {
        tags: ['payments'],
        summary: 'WeChat Pay notification: signed (Wechatpay-* headers) and encrypted (resource)',
        response: { 200: Success, '4xx': Fail, '5xx': Fail },
      },
    },
    async (request, reply) => {
      const log = (outTradeNo: string | undefined, result: string) =>
        request.log.info({ action: 'wechatpay.notify', outTradeNo, result }, 'wechat pay notification');
      if (!app.wechatPay.available) {
        log(undefined, 'unavailable');
        return fail(reply, 503, new UpstreamUnavailableError('支付暂不可用').message);
      }
      if (typeof request.body !== 'string') {
        log(undefined, 'rejected:no_body');
        return fail(reply, 400, 'empty body');
      }
      let outTradeNo: string | undefined;
      try {
        const { transaction } = await verifyNotification(app.wechatPay, request.headers, request.body);
        outTradeNo = transaction.out_trade_no;
        const outcome = await applyPaid(app, transaction);
        log(outTradeNo, outcome);
        return reply.status(200).send({ code: 'SUCCESS' });
      } catch (err) {
        if (err instanceof NotifyRejected) {
          log(outTradeNo, `rejected:${err.reason}`);
          return fail(reply, err.status, err.reason);
        }
        if (err instanceof PaymentMismatch) {
          log(outTradeNo, `rejected:${err.reason}`);
          return fail(reply, 400, `mismatch: ${err.reason}`);
        }
        throw err;
      }
    },
  );

  // REFUND.SUCCESS: the same checks in the same order; the refund is recorded once (refunded-transition.ts).
  app.post(
    '/payments/wechat/refund-notify',
    {
      bodyLimit: NOTIFY_BODY_LIMIT,
      schema: {
        tags: ['payments'],
        summary: 'WeChat Pay refund notification (REFUND.SUCCESS): signed and encrypted like the payment one',
        response: { 200: Success, '4xx': Fail, '5xx': Fail },
      },
    },
    async (request, reply) => {
      const log = (outRefundNo: string | undefined, result: string) =>
        request.log.info({ action: 'wechatpay.refund-notify', outRefundNo, result }, 'wechat pay refund notification');
      if (!app.wechatPay.available) {
        log(undefined, 'unavailable');
        return fail(reply, 503, new UpstreamUnavailableError('支付暂不可用').message);
      }
      if (typeof request.body !== 'string') {
        log(undefined, 'rejected:no_body');
        return fail(reply, 400, 'empty body');
      }
      let outRefundNo: string | undefined;
      try {
        const { refund } = await verifyRefundNotification(app.wechatPay, request.headers, request.body);
        outRefundNo = refund.out_refund_no;
        log(outRefundNo, await applyRefunded(app, refund));
        return reply.status(200).send({ code: 'SUCCESS' });
      } catch (err) {
        if (err instanceof NotifyRejected) {
          log(outRefundNo, `rejected:${err.reason}`);
          return fail(reply, err.status, err.reason);
        }
        if (err instanceof PaymentMismatch) {
          log(outRefundNo, `rejected:${err.reason}`);
          return fail(reply, 400, `mismatch: ${err.reason}`);
        }
        throw err;
      }
    },
  );
};

export default notifyRoutes;
