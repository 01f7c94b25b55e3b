import { type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isAllowedNotifyUrl } from '../wechatpay/schemas';
import { expressErrorHandler, parseJsonLeniently, sendExpressError, sendInvalidArgument } from './errors';
import { addEvent, COMPANIES, trackingOf, WaybillStore } from './waybills';
import { expressControlRoutes } from './control.routes';

const MOBILE = /^1[3-9]\d{9}$/;
const Party = z.object({
  name: z.string().trim().min(1).max(30),
  phone: z.string().regex(MOBILE, { message: 'must be a mainland mobile number (1[3-9] + 9 digits)' }),
  address: z.string().trim().min(1).max(200),
});

const CreateBody = z.object({
  orderId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 _ -' }),
  company: z.enum(COMPANIES).default('中国邮政EMS'),
  sender: Party,
  recipient: Party,
  cargo: z.object({ name: z.string().trim().min(1).max(50), count: z.number().int().min(1).max(99) }),
  callbackUrl: z
    .string()
    .refine(isAllowedNotifyUrl, { message: 'must be https, or http on 127.0.0.1/localhost, without a query' })
    .optional(),
});

const WaybillParams = z.object({ waybillNo: z.string() });

/** The caller's key; any non-empty one is accepted (it signs the callbacks). */
function apiKeyOf(request: FastifyRequest): string | null {
  const key = request.headers['x-api-key'];
  return typeof key === 'string' && key.trim() !== '' ? key : null;
}

function unauthenticated(reply: FastifyReply): FastifyReply {
  return sendExpressError(reply, 401, 'UNAUTHENTICATED', 'x-api-key header is required');
}

/**
 * An express company's open platform (EMS/顺丰-like, our own documented wire
 * format): create a waybill for a shipment, track it, cancel it. Test
 * controls move parcels along and send the status callbacks.
 */
export const expressSimulator: FastifyPluginAsync = async (app) => {
  const waybills = new WaybillStore();
  app.setErrorHandler(expressErrorHandler);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, parseJsonLeniently);

  app.post('/express/v1/waybills', { config: { scenarios: ['express-busy'] } }, async (request, reply) => {
    // A company whose system is down answers nothing else.
    if (request.scenario === 'express-busy') return sendExpressError(reply, 503, 'BUSY', '系统繁忙，请稍后重试');
    const apiKey = apiKeyOf(request);
    if (apiKey === null) return unauthenticated(reply);
    const parsed = CreateBody.safeParse(request.body);
    if (!parsed.success) return sendInvalidArgument(reply, parsed.error);
    const b = parsed.data;
    // One live waybill per shipment: asking again gives the same one.
    const waybill =
      waybills.activeFor(b.orderId) ??
      waybills.add({
        company: b.company,
        orderId: b.orderId,
        sender: b.sender,
        recipient: b.recipient,
        cargo: b.cargo,
        callbackUrl: b.callbackUrl ?? null,
        apiKey,
      });
    return reply.code(201).send({ waybillNo: waybill.waybillNo, company: waybill.company, orderId: waybill.orderId });
  });

  app.get('/express/v1/waybills/:waybillNo', { config: { scenarios: [] } }, async (request, reply) => {
    if (apiKeyOf(request) === null) return unauthenticated(reply);
    const waybill = waybills.get(WaybillParams.parse(request.params).waybillNo);
    if (!waybill) return sendExpressError(reply, 404, 'NOT_FOUND', 'no such waybill');
    return trackingOf(waybill);
  });

  app.post(
    '/express/v1/waybills/:waybillNo/cancel',
    { config: { scenarios: ['express-busy'] } },
    async (request, reply) => {
      // A cancel can fail too: the caller must cope with a waybill it could not cancel.
      if (request.scenario === 'express-busy') return sendExpressError(reply, 503, 'BUSY', '系统繁忙，请稍后重试');
      if (apiKeyOf(request) === null) return unauthenticated(reply);
      const waybill = waybills.get(WaybillParams.parse(request.params).waybillNo);
      if (!waybill) return sendExpressError(reply, 404, 'NOT_FOUND', 'no such waybill');
      if (waybill.status === 'delivered') {
        return sendExpressError(reply, 409, 'ALREADY_DELIVERED', 'the parcel has been delivered');
      }
      if (waybill.status !== 'cancelled') addEvent(waybill, 'cancelled');
      return { cancelled: true };
    },
  );

  await app.register(expressControlRoutes, { waybills });
};
