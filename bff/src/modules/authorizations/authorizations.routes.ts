import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplicationView,
  AuthorizationList,
  AuthorizationListQuery,
  AuthorizationView,
  IdParams,
  IfMatchHeader,
  PaperAuthorizationBody,
  RevokeAuthorizationBody,
} from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { withEtag } from '../applications';
import {
  confirmAuthorization,
  getAuthorization,
  listMyAuthorizations,
  revokeAuthorization,
} from './authorization.service';
import { putPaperAuthorization } from './paper.service';

/** Confirm has nothing to say: the body may be absent or `{}`. */
const ConfirmBody = z.strictObject({}).nullish();
/** API.md lists no If-Match for the paper authorization; when sent, it is checked. */
const OptionalIfMatch = z.object({ 'if-match': IfMatchHeader.shape['if-match'].optional() });

/** GET /authorizations/:id, POST …/confirm, …/revoke, GET /me/authorizations, PUT /applications/:id/paper-authorization. */
const authorizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: app.authenticate };
  const docs = { tags: ['authorizations'], security: [{ bearer: [] }] };
  const changed = errorResponses(...SIGNED_IN, 'FORBIDDEN', 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE');

  app.get(
    '/authorizations/:id',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: AuthorizationView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND') },
      },
    },
    async (request) => getAuthorization(app, authOf(request), request.params.id),
  );

  app.post(
    '/authorizations/:id/confirm',
    {
      ...base,
      schema: { ...docs, params: IdParams, body: ConfirmBody, response: { 200: AuthorizationView, ...changed } },
    },
    async (request) => confirmAuthorization(app, authOf(request), request.params.id, request.id),
  );

  app.post(
    '/authorizations/:id/revoke',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        body: RevokeAuthorizationBody,
        response: { 200: AuthorizationView, ...changed },
      },
    },
    async (request) =>
      revokeAuthorization(app, authOf(request), request.params.id, request.body?.reason, {
        requestId: request.id,
        log: request.log,
      }),
  );

  app.get(
    '/me/authorizations',
    {
      ...base,
      schema: {
        ...docs,
        querystring: AuthorizationListQuery,
        response: { 200: AuthorizationList, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => listMyAuthorizations(app, authOf(request), request.query),
  );

  app.put(
    '/applications/:id/paper-authorization',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        headers: OptionalIfMatch,
        body: PaperAuthorizationBody,
        response: { 200: ApplicationView, ...changed },
      },
    },
    async (request, reply) => {
      const { params, headers, body } = request;
      const view = await putPaperAuthorization(app, authOf(request), params.id, headers['if-match'], body.uploadId);
      return withEtag(reply, view);
    },
  );
};

export default authorizationsRoutes;
