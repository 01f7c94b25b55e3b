import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponse } from '@onetrip/shared';

/** Liveness and database reachability for load balancers. */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['health'], response: { 200: HealthResponse, 503: HealthResponse } } },
    async (_req, reply) => {
      const up = await app.db
        .db!.admin()
        .ping({ maxTimeMS: 2_000 })
        .then(() => true)
        .catch(() => false);
      if (!up) return reply.status(503).send({ status: 'degraded', db: 'down' });
      return { status: 'ok' as const, db: 'up' as const };
    },
  );
};

export default healthRoutes;
