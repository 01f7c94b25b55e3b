import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, UploadView } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { type FileStorage } from '../../lib/storage/storage';
import { authOf } from '../../plugins/app/authenticate';
import { contentDisposition } from './upload-name';
import { receiveUpload } from './upload-receive';
import { createUpload, deleteUpload, openUpload } from './uploads.service';

/** Uploads per user per minute. */
export const UPLOAD_RATE_LIMIT = 60;

/** POST /uploads, GET /uploads/:id, DELETE /uploads/:id. */
const uploadsRoutes: FastifyPluginAsyncZod<{ storage: FileStorage; maxBytes: number }> = async (app, opts) => {
  const { storage, maxBytes } = opts;
  const tags = ['uploads'];
  const security = [{ bearer: [] }];
  const perUser = {
    max: UPLOAD_RATE_LIMIT,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `upload:${request.auth?.id ?? request.ip}`,
  };

  app.post(
    '/uploads',
    {
      onRequest: app.authenticate,
      config: { rateLimit: perUser },
      schema: {
        tags,
        security,
        consumes: ['multipart/form-data'],
        response: {
          201: UploadView,
          ...errorResponses(...SIGNED_IN, 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      const file = await receiveUpload(request, storage, maxBytes);
      const view = await createUpload(app.db, storage, authOf(request).id, file);
      request.log.info({ action: 'upload', size: view.size, mime: view.mime }, 'file uploaded');
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/uploads/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security,
        params: IdParams,
        response: {
          // a stream, sent as it is (past any serialiser)
          200: z.any().describe('the file, with its own content type'),
          ...errorResponses(...SIGNED_IN, 'NOT_FOUND'),
        },
      },
    },
    async (request, reply) => {
      const upload = await openUpload(
        app.db,
        app.uploadAccess,
        storage,
        authOf(request).id,
        request.params.id,
        request.log,
        request.id,
      );
      return reply
        .header('content-type', upload.mime)
        .header('content-length', upload.size)
        .header('content-disposition', contentDisposition(upload.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(storage.createReadStream(upload.storageKey));
    },
  );

  app.delete(
    '/uploads/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security,
        params: IdParams,
        response: { 204: z.null(), ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request, reply) => {
      await deleteUpload(app.db, storage, authOf(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default uploadsRoutes;
