import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EvaluationBody, EvaluationView, RateLinkView, RateTokenParams } from '@onetrip/shared';
import { errorResponses } from '../../lib/error-responses';
import { rateByLink, rateLinkInfo } from './rate-link.service';

/**
 * Per client address, like GET /progress: the tokens cannot be guessed
 * (192 bits), the limit keeps anyone from trying at scale all the same.
 */
export const RATE_LINK_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** GET and POST /rate/:token — public: the texted rating link of people without WeChat (no login). */
const rateLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rate/:token',
    {
      config: { rateLimit: RATE_LINK_RATE_LIMIT },
      schema: {
        tags: ['applications'],
        params: RateTokenParams,
        response: { 200: RateLinkView, ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND', 'RATE_LIMITED') },
      },
    },
    async (request) => rateLinkInfo(app, request.params.token),
  );

  app.post(
    '/rate/:token',
    {
      config: { rateLimit: RATE_LINK_RATE_LIMIT },
      schema: {
        tags: ['applications'],
        params: RateTokenParams,
        body: EvaluationBody,
        response: {
          201: EvaluationView,
          ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND', 'INVALID_STATE', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      const view = await rateByLink(app, request.params.token, request.body);
      return reply.code(201).send(view);
    },
  );
};

export default rateLinkRoutes;
