import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApplicationView, IdParams, IfMatchHeader, SignCommitmentBody } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { withEtag } from './applications.routes';
import { signCommitment, withdrawCommitment } from './commitment.service';

/** 容缺受理 / 告知承诺制: PUT and DELETE /applications/:id/commitment. */
const commitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: app.authenticate };
  const tags = ['applications'];
  const security = [{ bearer: [] }];
  const edited = errorResponses(...SIGNED_IN, 'VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE');

  app.put(
    '/applications/:id/commitment',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        headers: IfMatchHeader,
        body: SignCommitmentBody,
        response: { 200: ApplicationView, ...edited },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await signCommitment(app, authOf(request), request.params.id, request.headers['if-match'], request.body),
      ),
  );

  app.delete(
    '/applications/:id/commitment',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        headers: IfMatchHeader,
        response: { 200: ApplicationView, ...edited },
      },
    },
    async (request, reply) =>
      withEtag(reply, await withdrawCommitment(app, authOf(request), request.params.id, request.headers['if-match'])),
  );
};

export default commitmentRoutes;
