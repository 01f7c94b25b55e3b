import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RefreshBody, TokenPair, WechatLoginBody } from '@onetrip/shared';
import { errorResponses } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { loginWithWechat } from './auth.service';
import { revokeSession, rotateSession } from './sessions.service';

/** POST /auth/wechat, /auth/refresh, /auth/logout — each rate-limited per IP. */
const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { rateLimit: { max: app.config.AUTH_RATE_LIMIT, timeWindow: '1 minute' } };
  const refused = ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'RATE_LIMITED'] as const;

  app.post(
    '/auth/wechat',
    {
      config,
      schema: {
        tags: ['auth'],
        body: WechatLoginBody,
        response: { 200: TokenPair, ...errorResponses(...refused, 'UPSTREAM_UNAVAILABLE') },
      },
    },
    async (request) => loginWithWechat(app, request.body),
  );

  app.post(
    '/auth/refresh',
    {
      config,
      schema: { tags: ['auth'], body: RefreshBody, response: { 200: TokenPair, ...errorResponses(...refused) } },
    },
    async (request) => rotateSession(app, request.body.refreshToken),
  );

  app.post(
    '/auth/logout',
    {
      config,
      preHandler: app.authenticate,
      schema: {
        tags: ['auth'],
        security: [{ bearer: [] }],
        response: { 204: z.null(), ...errorResponses('UNAUTHENTICATED', 'RATE_LIMITED') },
      },
    },
    async (request, reply) => {
      await revokeSession(app, authOf(request));
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
