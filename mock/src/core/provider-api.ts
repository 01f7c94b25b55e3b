import { randomUUID } from 'node:crypto';
import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * The wire conventions our SMS and real-name providers share (modelled on
 * the Chinese cloud APIs): `Authorization: Bearer <key>`, a `requestId` in
 * every answer, and errors as `{requestId, code, message}` with an HTTP
 * status that says whose fault it was.
 */
export interface ProviderError {
  requestId: string;
  code: string;
  message: string;
}

export function newRequestId(): string {
  return randomUUID();
}

/** Any non-empty key is accepted: the simulator checks presence, not value. */
export function hasBearerKey(request: FastifyRequest): boolean {
  const header = request.headers.authorization;
  return typeof header === 'string' && /^Bearer\s+\S+/i.test(header);
}

export function sendProviderError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body: ProviderError = { requestId: newRequestId(), code, message };
  return reply.code(status).send(body);
}

export function sendUnauthorized(reply: FastifyReply): FastifyReply {
  return sendProviderError(reply, 401, 'Unauthorized', 'Authorization: Bearer <key> is required');
}

/** Malformed bodies become 400 InvalidParameter; bugs a bare 500. */
export function providerErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status < 500) return sendProviderError(reply, status, 'InvalidParameter', error.message);
  request.log.error({ err: error }, 'provider simulator failed');
  return sendProviderError(reply, 500, 'InternalError', 'internal error');
}
