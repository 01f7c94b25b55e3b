import { type FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApplicationList,
  ApplicationListQuery,
  ApplicationView,
  CreateApplicationBody,
  IdParams,
  IfMatchHeader,
  MaterialCodeParams,
  MaterialUploadsBody,
  PatchApplicationBody,
} from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { createApplication } from './create.service';
import { patchApplication } from './edit.service';
import { putMaterial } from './materials.service';
import { getApplication, listApplications } from './query.service';

/** The case's version as its ETag, for the next If-Match. */
export function withEtag(reply: FastifyReply, view: ApplicationView): ApplicationView {
  reply.header('etag', `"${view.version}"`);
  return view;
}

/** POST/GET /applications, GET/PATCH /applications/:id, PUT /applications/:id/materials/:materialCode. */
const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: app.authenticate };
  const tags = ['applications'];
  const security = [{ bearer: [] }];
  const created = errorResponses(...SIGNED_IN, 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE', 'UPSTREAM_UNAVAILABLE');
  const edited = errorResponses(...SIGNED_IN, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE');

  app.post(
    '/applications',
    {
      ...base,
      schema: { tags, security, body: CreateApplicationBody, response: { 201: ApplicationView, ...created } },
    },
    async (request, reply) => {
      const view = await createApplication(app, authOf(request), request.body);
      return reply.status(201).send(withEtag(reply, view));
    },
  );

  app.get(
    '/applications',
    {
      ...base,
      schema: {
        tags,
        security,
        querystring: ApplicationListQuery,
        response: { 200: ApplicationList, ...errorResponses(...SIGNED_IN, 'FORBIDDEN') },
      },
    },
    async (request) => listApplications(app, authOf(request), request.query),
  );

  app.get(
    '/applications/:id',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        response: { 200: ApplicationView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND') },
      },
    },
    async (request, reply) => withEtag(reply, await getApplication(app, authOf(request), request.params.id)),
  );

  app.patch(
    '/applications/:id',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        headers: IfMatchHeader,
        body: PatchApplicationBody,
        response: { 200: ApplicationView, ...edited },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const view = await patchApplication(app, authOf(request), id, request.headers['if-match'], request.body);
      return withEtag(reply, view);
    },
  );

  app.put(
    '/applications/:id/materials/:materialCode',
    {
      ...base,
      schema: {
        tags,
        security,
        params: MaterialCodeParams,
        headers: IfMatchHeader,
        body: MaterialUploadsBody,
        response: { 200: ApplicationView, ...edited },
      },
    },
    async (request, reply) => {
      const { id, materialCode } = request.params;
      const ifMatch = request.headers['if-match'];
      return withEtag(
        reply,
        await putMaterial(
          app,
          authOf(request),
          id,
          materialCode,
          ifMatch,
          request.body.uploadIds,
          request.body.uploadSlots,
        ),
      );
    },
  );
};

export default applicationsRoutes;
