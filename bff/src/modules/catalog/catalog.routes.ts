import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChainGuide, ChainList, ChainListQuery, CodeParams, ItemGuide, ItemList, ItemListQuery, QrTarget } from '@onetrip/shared';
import { getChainGuide, listChains } from './chain.service';
import { notModified, publicCache } from './http-cache';
import { getItemGuide, listItems } from './item.service';
import { resolveQr } from './qrcode.service';

/** 304 Not Modified: no body. */
const NotModified = z.null().describe('not modified (If-None-Match)');

// A scanned token is checked by the service, so a malformed one is a 404 like an unknown one.
const ScannedToken = z.strictObject({ token: z.string() });

/** The public catalog: no login; responses are allowlisted by their schemas. */
const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['catalog'];

  app.get('/items', { schema: { tags, querystring: ItemListQuery, response: { 200: ItemList } } }, async (request, reply) => {
    publicCache(reply);
    return listItems(app.db, request.query);
  });

  app.get('/items/:code', { schema: { tags, params: CodeParams, response: { 200: ItemGuide, 304: NotModified } } }, async (request, reply) => {
    const guide = await getItemGuide(app.db, request.params.code);
    if (notModified(request, reply, `"item-${guide.code}-${guide.version}"`)) return reply.code(304).send(null);
    return guide;
  });

  app.get('/chains', { schema: { tags, querystring: ChainListQuery, response: { 200: ChainList } } }, async (request, reply) => {
    publicCache(reply);
    return listChains(app.db, request.query);
  });

  app.get('/chains/:code', { schema: { tags, params: CodeParams, response: { 200: ChainGuide, 304: NotModified } } }, async (request, reply) => {
    const { guide, etag } = await getChainGuide(app.db, request.params.code);
    if (notModified(request, reply, etag)) return reply.code(304).send(null);
    return guide;
  });

  app.get('/qr/:token', { schema: { tags, params: ScannedToken, response: { 200: QrTarget } } }, async (request) =>
    resolveQr(app.db, request.params.token),
  );
};

export default catalogRoutes;
