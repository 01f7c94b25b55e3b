import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApplicationView, AttachLicenceBody, IfMatchHeader, LicenceList, MaterialCodeParams } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { withEtag } from './applications.routes';
import { attachLicence, detachLicence, listLicences } from './licence.service';

/** 电子证照: GET /licences, PUT and DELETE /applications/:id/materials/:materialCode/licence. */
const licencesRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: app.authenticate };
  const tags = ['licences'];
  const security = [{ bearer: [] }];
  const edited = errorResponses(...SIGNED_IN, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE');

  app.get(
    '/licences',
    { ...base, schema: { tags, security, response: { 200: LicenceList, ...errorResponses(...SIGNED_IN) } } },
    async (request) => listLicences(app, authOf(request)),
  );

  app.put(
    '/applications/:id/materials/:materialCode/licence',
    {
      ...base,
      schema: {
        tags,
        security,
        params: MaterialCodeParams,
        headers: IfMatchHeader,
        body: AttachLicenceBody,
        response: { 200: ApplicationView, ...edited },
      },
    },
    async (request, reply) => {
      const { id, materialCode } = request.params;
      const ifMatch = request.headers['if-match'];
      return withEtag(
        reply,
        await attachLicence(app, authOf(request), id, materialCode, ifMatch, request.body.licenceId),
      );
    },
  );

  app.delete(
    '/applications/:id/materials/:materialCode/licence',
    {
      ...base,
      schema: {
        tags,
        security,
        params: MaterialCodeParams,
        headers: IfMatchHeader,
        response: { 200: ApplicationView, ...edited },
      },
    },
    async (request, reply) => {
      const { id, materialCode } = request.params;
      return withEtag(reply, await detachLicence(app, authOf(request), id, materialCode, request.headers['if-match']));
    },
  );
};

export default licencesRoutes;
