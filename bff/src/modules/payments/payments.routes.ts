import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdempotencyHeader, IdParams, PaymentCreated } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { createPayment } from './payments.service';

/** The amount is the case's fee, never the client's: the body carries nothing (`{}` or none). */
const EmptyBody = z.strictObject({}).nullish();

/** POST /applications/:id/payments — the applicant or the submitting agent pays the case's fee. */
const paymentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/applications/:id/payments',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['payments'],
        security: [{ bearer: [] }],
        params: IdParams,
        headers: IdempotencyHeader,
        body: EmptyBody,
        response: {
          200: PaymentCreated,
          ...errorResponses(
            ...SIGNED_IN,
            'NOT_FOUND',
            'VERSION_CONFLICT',
            'INVALID_STATE',
            'IDEMPOTENCY_KEY_REUSED',
            'UPSTREAM_UNAVAILABLE',
          ),
        },
      },
    },
    async (request) => createPayment(app, authOf(request), request.params.id, request.headers['idempotency-key']),
  );
};

export default paymentsRoutes;
