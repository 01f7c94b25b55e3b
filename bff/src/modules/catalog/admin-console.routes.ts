import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AdminChainList,
  AdminItemList,
  AdminItemListQuery,
  AdminItemView,
  ChainListQuery,
  CodeParams,
  DraftSaved,
  ItemDraftBody,
  ItemGuide,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { listAdminChains, listAdminItems } from './admin-lists.service';
import { deleteDraft, getAdminItem, publishDraft, saveDraft } from './draft.service';
import { adminWriter } from './write-context';

/**
 * The catalog console: lists with drafts, an item's draft beside its
 * published guide, saving, dropping and publishing a draft. Admins only,
 * checked before the body is parsed.
 */
const adminConsoleRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate, app.requireRole('admin')] };
  const docs = { tags: ['admin'], security: [{ bearer: [] }] };

  app.get(
    '/admin/items',
    {
      ...guard,
      schema: {
        ...docs,
        querystring: AdminItemListQuery,
        response: { 200: AdminItemList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => listAdminItems(app.db, request.query),
  );

  app.get(
    '/admin/items/:code',
    {
      ...guard,
      schema: {
        ...docs,
        params: CodeParams,
        response: { 200: AdminItemView, ...errorResponses(...WITH_ROLE, 'NOT_FOUND') },
      },
    },
    async (request) => getAdminItem(app.db, request.params.code),
  );

  app.put(
    '/admin/items/:code/draft',
    {
      ...guard,
      schema: {
        ...docs,
        params: CodeParams,
        body: ItemDraftBody,
        response: { 200: DraftSaved, ...errorResponses(...WITH_ROLE, 'PAYLOAD_TOO_LARGE', 'VERSION_CONFLICT') },
      },
    },
    async (request) => saveDraft(app.db, request.params.code, request.body, adminWriter(request)),
  );

  app.delete(
    '/admin/items/:code/draft',
    {
      ...guard,
      schema: {
        ...docs,
        params: CodeParams,
        response: { 204: z.null(), ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT') },
      },
    },
    async (request, reply) => {
      await deleteDraft(app.db, request.params.code, adminWriter(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/admin/items/:code/publish',
    {
      ...guard,
      schema: {
        ...docs,
        params: CodeParams,
        response: {
          200: ItemGuide,
          201: ItemGuide,
          ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT'),
        },
      },
    },
    async (request, reply) => {
      const { outcome, guide } = await publishDraft(app.db, request.params.code, adminWriter(request));
      return reply.code(outcome === 'created' ? 201 : 200).send(guide);
    },
  );

  app.get(
    '/admin/chains',
    {
      ...guard,
      schema: {
        ...docs,
        querystring: ChainListQuery,
        response: { 200: AdminChainList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => listAdminChains(app.db, request.query),
  );
};

export default adminConsoleRoutes;
