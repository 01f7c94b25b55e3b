import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeResponse, ProfileBody, ProfileView } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { getMe } from './me.service';
import { saveProfile } from './profile.service';

/** GET /me, PUT /me/profile. */
const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = [{ bearer: [] }];

  app.get(
    '/me',
    {
      onRequest: app.authenticate,
      schema: { tags: ['me'], security, response: { 200: MeResponse, ...errorResponses('UNAUTHENTICATED') } },
    },
    async (request) => getMe(app, authOf(request).id),
  );

  // Each save costs a paid real-name check: limited per user (after authentication).
  const profileLimit = {
    max: app.config.AUTH_RATE_LIMIT,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => request.auth?.id ?? request.ip,
  };
  app.put(
    '/me/profile',
    {
      onRequest: app.authenticate,
      config: { rateLimit: profileLimit },
      schema: {
        tags: ['me'],
        security,
        body: ProfileBody,
        response: {
          200: ProfileView,
          ...errorResponses(...SIGNED_IN, 'VERSION_CONFLICT', 'INVALID_STATE', 'RATE_LIMITED', 'UPSTREAM_UNAVAILABLE'),
        },
      },
    },
    async (request) => saveProfile(app, authOf(request), request.body, request.id),
  );
};

export default meRoutes;
