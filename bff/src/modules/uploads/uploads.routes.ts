import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, UploadView } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { type FileCipher } from '../../lib/storage/file-cipher';
import { type FileStorage } from '../../lib/storage/storage';
import { authOf } from '../../plugins/app/authenticate';
import { contentDisposition } from './upload-name';
import { assertQuota, limitsOf, type QuotaSettings } from './upload-quota';
import { receiveUpload } from './upload-receive';
import { QuotaError } from './uploads.errors';
import { createUpload, deleteUpload, openUpload } from './uploads.service';
import { readStored } from './stored-file';

/** Uploads per user per minute. */
export const UPLOAD_RATE_LIMIT = 60;

export interface UploadsOptions {
  storage: FileStorage;
  cipher: FileCipher;
  maxBytes: number;
  quota: QuotaSettings;
}

/** POST /uploads, GET /uploads/:id, DELETE /uploads/:id. */
const uploadsRoutes: FastifyPluginAsyncZod<UploadsOptions> = async (app, opts) => {
  const { storage, cipher, maxBytes, quota } = opts;
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
          ...errorResponses(
            ...SIGNED_IN,
            'PAYLOAD_TOO_LARGE',
            'UNSUPPORTED_MEDIA_TYPE',
            'RATE_LIMITED',
            'QUOTA_EXCEEDED',
          ),
        },
      },
    },
    async (request, reply) => {
      const user = authOf(request);
      const limits = limitsOf(quota, user.roles);
      try {
        // A user whose quota is used up is refused before the body is read; the exact check comes before storing.
        await assertQuota(app.db, limits, user.id, 0);
        const file = await receiveUpload(request, storage, cipher, maxBytes);
        const view = await createUpload(app.db, storage, user.id, file, limits);
        request.log.info({ action: 'upload', size: view.size, mime: view.mime }, 'file uploaded');
        return await reply.status(201).send(view);
      } catch (err) {
        if (err instanceof QuotaError) {
          request.log.info({ action: 'upload-quota', reason: err.message }, 'upload over quota');
          if (err.retryAfter) void reply.header('retry-after', String(err.retryAfter));
        }
        throw err;
      }
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
        cipher,
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
        .send(readStored(storage, cipher, upload.storageKey));
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
