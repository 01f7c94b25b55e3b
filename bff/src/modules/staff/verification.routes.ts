import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, IfMatchHeader, StaffApplicationView, VerificationBody } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { verifyCase } from './commitment-queues';
import { staffContext } from './staff-access';
import { withEtag } from './staff.routes';

/** 核查 of a 告知承诺 case: POST /staff/applications/:id/verification. */
const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const refusals = [...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE'] as const;
  app.post(
    '/staff/applications/:id/verification',
    {
      onRequest: [app.authenticate, app.requireRole('staff')],
      schema: {
        tags: ['staff'],
        security: [{ bearer: [] }],
        params: IdParams,
        headers: IfMatchHeader,
        body: VerificationBody,
        response: { 200: StaffApplicationView, ...errorResponses(...refusals) },
      },
    },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await verifyCase(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );
};

export default verificationRoutes;
