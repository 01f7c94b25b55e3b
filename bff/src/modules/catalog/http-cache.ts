import { type FastifyReply, type FastifyRequest } from 'fastify';
import { notModified, publicCache } from '../../lib/public-cache';
import { type PublishedAnswer } from './published';

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
