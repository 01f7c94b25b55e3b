import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  hasBearerKey,
  newRequestId,
  providerErrorHandler,
  sendProviderError,
  sendUnauthorized,
} from '../core/provider-api';
import { isSmsTemplate, renderSms } from './templates';

const SendBody = z.object({
  phone: z.unknown().optional(),
  template: z.unknown().optional(),
  params: z.record(z.string(), z.string()).default({}),
  signName: z.string().min(1).max(20).optional(),
});

/** Mainland mobile numbers only, as our provider contract allows. */
const MOBILE = /^1[3-9]\d{9}$/;
const DEFAULT_SIGN_NAME = '一次办';

/** An SMS provider (like 阿里云/腾讯云 短信): sends templated texts, recorded for tests. */
export const smsSimulator: FastifyPluginAsync = async (app) => {
  app.setErrorHandler(providerErrorHandler);
  let sent = 0;

  app.post('/sms/v1/send', { config: { scenarios: ['sms-fail'] } }, async (request, reply) => {
    if (!hasBearerKey(request)) return sendUnauthorized(reply);
    const body = SendBody.safeParse(request.body);
    if (!body.success) return sendProviderError(reply, 400, 'InvalidParameter', z.prettifyError(body.error));
    const { phone, template, params, signName } = body.data;
    if (typeof phone !== 'string' || !MOBILE.test(phone)) {
      return sendProviderError(reply, 400, 'InvalidPhone', 'phone must be a mainland mobile number');
    }
    if (typeof template !== 'string' || !isSmsTemplate(template)) {
      return sendProviderError(reply, 400, 'InvalidTemplate', 'unknown template');
    }
    const rendered = renderSms(template, params);
    if ('missing' in rendered) {
      return sendProviderError(reply, 400, 'InvalidParameter', `params.${rendered.missing} is required`);
    }
    // The carrier gateway failing after the request was accepted.
    if (request.scenario === 'sms-fail') {
      return sendProviderError(reply, 500, 'ProviderError', '运营商网关暂时不可用');
    }

    sent += 1;
    const id = `sms_${String(sent).padStart(6, '0')}`;
    const at = new Date().toISOString();
    app.records.sms.push({
      id,
      phone,
      template,
      params,
      signName: signName ?? DEFAULT_SIGN_NAME,
      text: rendered.text,
      at,
    });
    return { requestId: newRequestId(), code: 'OK', message: 'OK', messageId: id };
  });

  app.get('/__mock/sms', async (request, reply) => {
    const query = z.object({ phone: z.string().optional() }).safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'InvalidQuery', message: 'phone must appear once' });
    const { phone } = query.data;
    return { items: app.records.sms.filter((m) => phone === undefined || m.phone === phone) };
  });
};
