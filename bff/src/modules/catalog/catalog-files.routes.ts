import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CatalogFileParams, CatalogFileView } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { contentDisposition } from '../uploads';
import { receiveCatalogFile } from './catalog-file-receive';
import { catalogFileStore } from './catalog-file-store';
import { createCatalogFile, findCatalogFile, readCatalogFile, toCatalogFileView } from './catalog-file.service';
import { adminWriter } from './write-context';

/** A file's bytes never change under its id: browsers and proxies may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** POST /admin/catalog-files (admins) and GET /catalog-files/:id (anyone): the guides' 样表, 空白表格, 结果样本. */
const catalogFilesRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = catalogFileStore(app.config);
  const publicApiUrl = app.config.PUBLIC_API_URL;

  app.post(
    '/admin/catalog-files',
    {
      onRequest: [app.authenticate, app.requireRole('admin')],
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        consumes: ['multipart/form-data'],
        response: {
          201: CatalogFileView,
          ...errorResponses(...WITH_ROLE, 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'),
        },
      },
    },
    async (request, reply) => {
      const { actor, by, requestId } = adminWriter(request);
      const file = await receiveCatalogFile(request);
      const doc = await createCatalogFile(app.db, store, file, { actor, by, requestId });
      request.log.info({ action: 'catalog-file', size: doc.size, contentType: doc.contentType }, 'catalog file stored');
      return reply.code(201).send(toCatalogFileView(doc, publicApiUrl));
    },
  );

  app.get(
    '/catalog-files/:id',
    {
      schema: {
        tags: ['catalog'],
        params: CatalogFileParams,
        response: {
          // the bytes, sent as they are (past any serialiser)
          200: z.any().describe('the file, with its own content type'),
          304: z.null().describe('not modified (If-None-Match)'),
          ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND'),
        },
      },
    },
    async (request, reply) => {
      const doc = await findCatalogFile(app.db, request.params.id);
      const etag = `"${doc.sha256}"`;
      const given = request.headers['if-none-match'];
      if (typeof given === 'string' && given.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
        return reply.code(304).header('cache-control', IMMUTABLE).header('etag', etag).send(null);
      // Read (and checked) before any header: a damaged file's 404 must not be cached for a year.
      const bytes = await readCatalogFile(store, doc, request.log);
      const shown = doc.contentType === 'application/pdf' ? 'attachment' : 'inline';
      return reply
        .header('cache-control', IMMUTABLE)
        .header('etag', etag)
        .header('content-type', doc.contentType)
        .header('content-disposition', contentDisposition(doc.name, shown))
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
};

export default catalogFilesRoutes;
