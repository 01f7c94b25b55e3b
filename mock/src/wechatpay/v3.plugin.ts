import { type FastifyPluginAsync, type FastifyRequest } from 'fastify';
import { checkMerchantSignature } from './auth';
import { platformSignedHeaders, requestId } from './crypto';
import { type PayRouteOptions } from './context';
import { sendPayError } from './errors';
import { transactionRoutes } from './transactions.routes';
import { refundRoutes } from './refunds.routes';

/**
 * The merchant-facing API (`/v3/*`): keeps each request's raw body for the
 * signature check, refuses badly signed requests with 401 SIGN_ERROR, and
 * signs every answer with the platform key as WeChat Pay does.
 */
export const v3Api: FastifyPluginAsync<PayRouteOptions> = async (app, { pay }) => {
  const rawBodies = new WeakMap<FastifyRequest, string>();

  // The signature covers the exact bytes sent, so parse them ourselves.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    rawBodies.set(request, text);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('请求体不是合法的 JSON'), { statusCode: 400 }));
    }
  });

  // After the scenario switch (a root hook), before any handler.
  app.addHook('preHandler', async (request, reply) => {
    const problem = checkMerchantSignature(pay, request, rawBodies.get(request) ?? '');
    if (problem !== null) return sendPayError(reply, 401, 'SIGN_ERROR', problem);
  });

  // Every answer, errors and 204 included, carries the platform's signature.
  app.addHook('onSend', async (_request, reply, payload) => {
    const body = typeof payload === 'string' ? payload : '';
    reply.headers({
      ...platformSignedHeaders(body, pay.keys.platformPrivate, pay.settings.platformKeyId),
      'Request-ID': requestId(),
    });
    return payload;
  });

  await app.register(transactionRoutes, { pay });
  await app.register(refundRoutes, { pay });
};
