import { createHmac } from 'node:crypto';
import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { sendExpressError, sendInvalidArgument } from './errors';
import { addEvent, EVENT_TYPES, type Waybill, type WaybillEvent, type WaybillStore } from './waybills';

const EventBody = z.object({ type: z.enum(EVENT_TYPES), note: z.string().trim().min(1).max(100).optional() });
const CALLBACK_TIMEOUT_MS = 5000;

/** `x-express-signature`: HMAC-SHA256 (hex) of the raw body, keyed with the creator's API key. */
export function expressSignature(rawBody: string, apiKey: string): string {
  return createHmac('sha256', apiKey).update(rawBody).digest('hex');
}

/** POSTs `{waybillNo, orderId, event}` to the waybill's callback URL, once. */
async function sendCallback(waybill: Waybill, event: WaybillEvent): Promise<number | null> {
  if (waybill.callbackUrl === null) return null;
  const body = JSON.stringify({ waybillNo: waybill.waybillNo, orderId: waybill.orderId, event });
  try {
    const res = await fetch(waybill.callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-express-signature': expressSignature(body, waybill.apiKey) },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.status;
  } catch {
    return null;
  }
}

/** What tests see of a waybill (everything but the API key). */
function waybillView(w: Waybill): Record<string, unknown> {
  const { apiKey: _apiKey, ...rest } = w;
  return rest;
}

/** Test controls: the courier scans the parcel; list waybills. */
export const expressControlRoutes: FastifyPluginAsync<{ waybills: WaybillStore }> = async (app, { waybills }) => {
  app.post('/__mock/express/waybills/:waybillNo/events', async (request, reply) => {
    const { waybillNo } = z.object({ waybillNo: z.string() }).parse(request.params);
    const body = EventBody.safeParse(request.body);
    if (!body.success) return sendInvalidArgument(reply, body.error);
    const waybill = waybills.get(waybillNo);
    if (!waybill) return sendExpressError(reply, 404, 'NOT_FOUND', 'no such waybill');
    if (waybill.status === 'cancelled') return sendExpressError(reply, 409, 'CANCELLED', 'the waybill was cancelled');
    if (waybill.status === 'delivered') {
      return sendExpressError(reply, 409, 'ALREADY_DELIVERED', 'the parcel has been delivered');
    }
    const event = addEvent(waybill, body.data.type, body.data.note);
    const status = await sendCallback(waybill, event);
    if (waybill.callbackUrl !== null) waybill.callbacks.push({ at: event.at, type: event.type, status });
    return {
      waybillNo,
      status: waybill.status,
      event,
      callback: waybill.callbackUrl === null ? null : { status },
    };
  });

  app.get('/__mock/express/waybills', async (request, reply) => {
    const query = z.object({ orderId: z.string().optional() }).safeParse(request.query);
    if (!query.success) return sendExpressError(reply, 400, 'INVALID_ARGUMENT', 'orderId may appear once');
    return { items: waybills.list(query.data.orderId).map(waybillView) };
  });
};
