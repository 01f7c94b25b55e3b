import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChainGuide,
  ChainList,
  ChainListQuery,
  CodeParams,
  ItemGuide,
  ItemList,
  ItemListQuery,
  QrTarget,
} from '@onetrip/shared';
import { errorResponses } from '../../lib/error-responses';
import { servePublished } from './http-cache';
import { publishedChainGuide, publishedChainList, publishedItemGuide, publishedItemList } from './published';
import { resolveQr } from './qrcode.service';

/** 304 Not Modified: no body. */
const NotModified = z.null().describe('not modified (If-None-Match)');

// A scanned token is checked by the service, so a malformed one is a 404 like an unknown one.
const ScannedToken = z.strictObject({ token: z.string() });

/**
 * The public catalog: no login. Guides and lists are sent as JSON serialised
 * once per catalog revision through the response schemas below (`published.ts`),
 * so the schemas remain the allowlist and document the answers.
 */
const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['catalog'];
  const listed = errorResponses('VALIDATION_FAILED');
  const named = errorResponses('VALIDATION_FAILED', 'NOT_FOUND');

  app.get(
    '/items',
    { schema: { tags, querystring: ItemListQuery, response: { 200: ItemList, ...listed } } },
    (request, reply) => servePublished(request, reply, publishedItemList(app.db, request.query)),
  );

  app.get(
    '/items/:code',
    { schema: { tags, params: CodeParams, response: { 200: ItemGuide, 304: NotModified, ...named } } },
    (request, reply) => servePublished(request, reply, publishedItemGuide(app.db, request.params.code)),
  );

  app.get(
    '/chains',
    { schema: { tags, querystring: ChainListQuery, response: { 200: ChainList, ...listed } } },
    (request, reply) => servePublished(request, reply, publishedChainList(app.db, request.query)),
  );

  app.get(
    '/chains/:code',
    { schema: { tags, params: CodeParams, response: { 200: ChainGuide, 304: NotModified, ...named } } },
    (request, reply) => servePublished(request, reply, publishedChainGuide(app.db, request.params.code)),
  );

  app.get(
    '/qr/:token',
    { schema: { tags, params: ScannedToken, response: { 200: QrTarget, ...errorResponses('NOT_FOUND') } } },
    async (request) => resolveQr(app.db, request.params.token),
  );
};

export default catalogRoutes;
