import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EvaluationBody, EvaluationView, FollowupCloseBody, FollowupRow, IdParams } from '@onetrip/shared';
import { errorResponses, SIGNED_IN, WITH_ROLE } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { staffContext } from '../staff/staff-access';
import { rateCase } from './evaluation.service';
import { closeFollowup } from './followup.service';

/** POST /applications/:id/evaluation (the resident) and POST /staff/applications/:id/followup/close (staff). */
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

  app.post(
    '/staff/applications/:id/followup/close',
    {
      onRequest: [app.authenticate, app.requireRole('staff')],
      schema: {
        tags: ['staff'],
        security: [{ bearer: [] }],
        params: IdParams,
        body: FollowupCloseBody,
        response: { 200: FollowupRow, ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE') },
      },
    },
    async (request) => closeFollowup(staffContext(app, request), request.params.id, request.body.note),
  );
};

export default evaluationsRoutes;
