import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApplicationView, IdempotencyHeader, IdParams, SubmitResult, WithdrawBody } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { withEtag } from './applications.routes';
import { resubmitApplication, submitApplication } from './submit.service';
import { withdrawApplication } from './withdraw.service';

/** POST /applications/:id/submit, /resubmit, /withdraw: the applicant's steps of the lifecycle. */
const actionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: app.authenticate };
  const tags = ['applications'];
  const security = [{ bearer: [] }];
  const onCase = [...SIGNED_IN, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE'] as const;

  app.post(
    '/applications/:id/submit',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        headers: IdempotencyHeader,
        response: { 200: SubmitResult, ...errorResponses(...onCase, 'INCOMPLETE', 'IDEMPOTENCY_KEY_REUSED') },
      },
    },
    async (request) => submitApplication(app, authOf(request), request.params.id, request.headers['idempotency-key']),
  );

  app.post(
    '/applications/:id/resubmit',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        response: { 200: ApplicationView, ...errorResponses(...onCase, 'INCOMPLETE') },
      },
    },
    async (request, reply) => withEtag(reply, await resubmitApplication(app, authOf(request), request.params.id)),
  );

  app.post(
    '/applications/:id/withdraw',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        body: WithdrawBody,
        response: { 200: ApplicationView, ...errorResponses(...onCase) },
      },
    },
    async (request, reply) => {
      const view = await withdrawApplication(
        app,
        authOf(request),
        request.params.id,
        request.body?.reason,
        request.log,
      );
      return withEtag(reply, view);
    },
  );
};

export default actionsRoutes;
