import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, IfMatchHeader, StaffApplicationView, UnlockShipmentBody } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { unlockShipment } from './shipment-unlock.service';
import { staffContext } from './staff-access';
import { withEtag } from './staff.routes';

/** If-Match is optional here (as for handover); when sent, it is checked. */
const OptionalIfMatch = z.object({ 'if-match': IfMatchHeader.shape['if-match'].optional() });

/** POST /staff/applications/:id/shipment/unlock (not in API.md; see README.md). */
const unlockRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/staff/applications/:id/shipment/unlock',
    {
      onRequest: [app.authenticate, app.requireRole('staff')],
      schema: {
        tags: ['staff'],
        security: [{ bearer: [] }],
        params: IdParams,
        headers: OptionalIfMatch,
        body: UnlockShipmentBody,
        response: {
          200: StaffApplicationView,
          ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE'),
        },
      },
    },
    async (request, reply) => {
      const { params, headers, body } = request;
      return withEtag(reply, await unlockShipment(staffContext(app, request), params.id, headers['if-match'], body));
    },
  );
};

export default unlockRoutes;
