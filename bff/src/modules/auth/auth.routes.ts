import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RefreshBody, TokenPair, WechatLoginBody } from '@onetrip/shared';
import { authOf } from '../../plugins/app/authenticate';
import { loginWithWechat } from './auth.service';
import { revokeSession, rotateSession } from './sessions.service';

/** POST /auth/wechat, /auth/refresh, /auth/logout — each rate-limited per IP. */
const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { rateLimit: { max: app.config.AUTH_RATE_LIMIT, timeWindow: '1 minute' } };

  app.post(
    '/auth/wechat',
    { config, schema: { tags: ['auth'], body: WechatLoginBody, response: { 200: TokenPair } } },
    async (request) => loginWithWechat(app, request.body),
  );

  app.post(
    '/auth/refresh',
    { config, schema: { tags: ['auth'], body: RefreshBody, response: { 200: TokenPair } } },
    async (request) => rotateSession(app, request.body.refreshToken),
  );

  app.post(
    '/auth/logout',
    {
      config,
      preHandler: app.authenticate,
      schema: { tags: ['auth'], security: [{ bearer: [] }], response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeSession(app, authOf(request));
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
