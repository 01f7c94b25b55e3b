import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';

/**
 * multipart/form-data in stream mode: nothing is buffered or written by the
 * plugin; routes read the parts themselves (see modules/uploads). An
 * over-size file is cut at `maxFileBytes` and flagged `truncated` instead of
 * throwing, so the route can clean up and answer 413 itself.
 */
export default fp(
  async (app, opts: { maxFileBytes: number }) => {
    await app.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: opts.maxFileBytes, files: 5, fields: 10, fieldSize: 4096, parts: 15, headerPairs: 50 },
    });
  },
  { name: 'multipart' },
);
