import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CourierShipment,
  CourierShipmentList,
  CourierShipmentQuery,
  DeliverBody,
  FailAttemptBody,
  PickupBody,
  ShipmentIdParams,
  type ErrorCode,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { courierContext } from './courier-access';
import { deliver, failAttempt, getShipment, listShipments, pickUp } from './courier.service';

/** GET /courier/shipments, GET /courier/shipments/:id, POST /courier/shipments/:id/{pickup,deliver,fail}. */
const courierRoutes: FastifyPluginAsyncZod = async (app) => {
  // The courier role and company are read again from the user record on every request.
  const base = { onRequest: [app.authenticate, app.requireRole('courier')] };
  const docs = { tags: ['courier'], security: [{ bearer: [] }] };
  const one = (...codes: ErrorCode[]) => ({
    ...docs,
    params: ShipmentIdParams,
    response: { 200: CourierShipment, ...errorResponses(...WITH_ROLE, 'NOT_FOUND', ...codes) },
  });
  const step = ['VERSION_CONFLICT', 'INVALID_STATE'] as const;

  app.get(
    '/courier/shipments',
    {
      ...base,
      schema: {
        ...docs,
        querystring: CourierShipmentQuery,
        response: { 200: CourierShipmentList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => listShipments(courierContext(app, request), request.query),
  );

  app.get('/courier/shipments/:id', { ...base, schema: one() }, async (request) =>
    getShipment(courierContext(app, request), request.params.id),
  );

  app.post(
    '/courier/shipments/:id/pickup',
    { ...base, schema: { ...one(...step), body: PickupBody } },
    async (request) => pickUp(courierContext(app, request), request.params.id),
  );

  app.post(
    '/courier/shipments/:id/deliver',
    { ...base, schema: { ...one(...step, 'RECEIPT_CODE_WRONG', 'LOCKED'), body: DeliverBody } },
    async (request) => deliver(courierContext(app, request), request.params.id, request.body),
  );

  app.post(
    '/courier/shipments/:id/fail',
    { ...base, schema: { ...one(...step), body: FailAttemptBody } },
    async (request) => failAttempt(courierContext(app, request), request.params.id, request.body),
  );
};

export default courierRoutes;
