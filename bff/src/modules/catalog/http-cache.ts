import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type PublishedAnswer } from './published';

/** Public catalog data may be cached briefly by browsers and proxies. */
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

/** What the route serialiser would have set for JSON. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Sends a public answer serialised beforehand (`published.ts`) as it is (a
 * string sent with a JSON content type skips the route serialiser), with the
 * cache headers, or 304 when the client's copy is current.
 */
function sendPublished(request: FastifyRequest, reply: FastifyReply, answer: PublishedAnswer): FastifyReply {
  if (answer.etag === undefined) publicCache(reply);
  else if (notModified(request, reply, answer.etag)) return reply.code(304).send(null);
  return reply.header('content-type', JSON_TYPE).send(answer.json);
}

/**
 * A route handler's answer for a published answer that is ready now (sent at
 * once; nothing returned, as Fastify wants from a handler that sent) or later
 * (a promise settled once it is sent).
 */
export function servePublished(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: PublishedAnswer | Promise<PublishedAnswer>,
): Promise<void> | undefined {
  if (answer instanceof Promise) {
    return answer.then((ready) => {
      sendPublished(request, reply, ready);
    });
  }
  sendPublished(request, reply, answer);
  return undefined;
}

/** `If-Match: 3` or `"3"` → 3; absent → undefined; anything else → null (refused by the caller). */
export function ifMatchVersion(request: FastifyRequest): number | undefined | null {
  const given = request.headers['if-match'];
  if (given === undefined) return undefined;
  const match = typeof given === 'string' ? /^\s*(?:W\/)?"?([0-9]{1,9})"?\s*$/.exec(given) : null;
  return match?.[1] ? Number(match[1]) : null;
}
