import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChainVersionView, CodeParams, ItemVersionView, VersionList, VersionParams } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { getChainVersion, getItemVersion, listChainVersions, listItemVersions } from './versions.service';

/** The versions of items and chains with who published them and what changed (admins only). */
const adminVersionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate, app.requireRole('admin')] };
  const docs = { tags: ['admin'], security: [{ bearer: [] }] };
  const named = errorResponses(...WITH_ROLE, 'NOT_FOUND');

  app.get(
    '/admin/items/:code/versions',
    { ...guard, schema: { ...docs, params: CodeParams, response: { 200: VersionList, ...named } } },
    async (request) => listItemVersions(app.db, request.params.code),
  );

  app.get(
    '/admin/items/:code/versions/:version',
    { ...guard, schema: { ...docs, params: VersionParams, response: { 200: ItemVersionView, ...named } } },
    async (request) => getItemVersion(app.db, request.params.code, request.params.version),
  );

  app.get(
    '/admin/chains/:code/versions',
    { ...guard, schema: { ...docs, params: CodeParams, response: { 200: VersionList, ...named } } },
    async (request) => listChainVersions(app.db, request.params.code),
  );

  app.get(
    '/admin/chains/:code/versions/:version',
    { ...guard, schema: { ...docs, params: VersionParams, response: { 200: ChainVersionView, ...named } } },
    async (request) => getChainVersion(app.db, request.params.code, request.params.version),
  );
};

export default adminVersionsRoutes;
