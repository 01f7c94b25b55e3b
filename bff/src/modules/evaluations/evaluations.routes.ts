import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EvaluationBody, EvaluationView, IdParams } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { rateCase } from './evaluation.service';

/** POST /applications/:id/evaluation: the resident rates a completed case (staff close follow-ups through the staff module). */
const evaluationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/applications/:id/evaluation',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['applications'],
        security: [{ bearer: [] }],
        params: IdParams,
        body: EvaluationBody,
        response: { 201: EvaluationView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request, reply) => {
      const view = await rateCase(app, authOf(request), request.params.id, request.body);
      return reply.code(201).send(view);
    },
  );
};

export default evaluationsRoutes;
