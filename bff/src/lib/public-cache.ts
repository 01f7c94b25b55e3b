import { type FastifyReply, type FastifyRequest } from 'fastify';

/** Public data (the catalog, the centre's contact) may be cached briefly by browsers and proxies. */
export function publicCache(reply: FastifyReply): void {
  reply.header('cache-control', 'public, max-age=60');
}

/**
 * Sets the cache headers and the ETag (built from versions, so it changes
 * exactly when the content does); true when the client's copy is current and
 * a 304 will do.
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  publicCache(reply);
  reply.header('etag', etag);
  const given = request.headers['if-none-match'];
  return typeof given === 'string' && given.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
