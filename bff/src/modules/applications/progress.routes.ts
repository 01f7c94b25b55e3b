import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProgressQuery, ProgressView } from '@onetrip/shared';
import { errorResponses } from '../../lib/error-responses';
import { lookupProgress } from './progress.service';

/** Guessing number/phone pairs is what the limit stops: 10 lookups a minute per client address. */
export const PROGRESS_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** GET /progress — public: no login, no personal data. */
const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/progress',
    {
      config: { rateLimit: PROGRESS_RATE_LIMIT },
      schema: {
        tags: ['applications'],
        querystring: ProgressQuery,
        response: { 200: ProgressView, ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND', 'RATE_LIMITED') },
      },
    },
    async (request) => lookupProgress(app, request.query),
  );
};

export default progressRoutes;
