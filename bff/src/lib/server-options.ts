import { type Server } from 'node:http';
import { type Socket } from 'node:net';
import { type FastifyError, type FastifyHttpOptions, type FastifyReply, type FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, ERROR_STATUS, type ErrorBody, type ErrorCode } from '@onetrip/shared';
import { type Config } from '../config';

/** A raw answer in the contract's shape, for the moments before Fastify has a request (Connection: close). */
function rawErrorResponse(code: ErrorCode): string {
  const body = JSON.stringify({ error: { code, message: ERROR_MESSAGES[code] } } satisfies ErrorBody);
  const status = ERROR_STATUS[code];
  return [
    `HTTP/1.1 ${status} ${code}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

const CLIENT_ERROR_CODES: Record<string, ErrorCode> = {
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE',
};

/**
 * Node's parser refused a connection's bytes (headers over 16 KB, malformed
 * HTTP) or its request timed out. Fastify's default answers a body of its own
 * shape; ours is the contract's `{error: {code, message}}`.
 */
function clientErrorHandler(this: { log: { debug: (o: object, m: string) => void } }, err: Error, socket: Socket) {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'ECONNRESET' || socket.destroyed) return;
  const answer = CLIENT_ERROR_CODES[code] ?? 'VALIDATION_FAILED';
  this.log.debug({ action: 'client_error', code: answer, reason: code }, 'connection refused by the HTTP parser');
  // An answer already under way on this socket cannot be followed by another.
  const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !started) socket.write(rawErrorResponse(answer));
  socket.destroy();
}

/**
 * The router's refusals before any route: a path parameter over 100
 * characters (414) or a malformed URL (400). They come before the routes'
 * context, so not through the error handler; the answer has the contract's
 * shape all the same.
 */
function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const code: ErrorCode = err.statusCode === 414 ? 'URI_TOO_LONG' : 'VALIDATION_FAILED';
  request.log.info({ err: { code: err.code } }, 'request refused by the router');
  void reply.status(ERROR_STATUS[code]).send({ error: { code, message: ERROR_MESSAGES[code] } } satisfies ErrorBody);
}

/**
 * Transport settings of the HTTP server (see docs/decisions.md, "Transport
 * limits and proxies"): how long headers, a body and a whole request may take,
 * how long an idle connection is kept, and whose X-Forwarded-For is believed.
 * The shorter body limit of ordinary requests is plugins/external/body-timeout.ts.
 */
export function serverOptions(config: Config): FastifyHttpOptions<Server> {
  return {
    // Whole request, headers and body: what a 10 MB upload on a slow phone needs.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // A connection silent this long mid-request or mid-answer is dropped.
    connectionTimeout: 60_000,
    // Longer than a balancer's usual 60 s idle, so the balancer closes first and never reuses a closing socket.
    keepAliveTimeout: 72_000,
    http: {
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      // Node checks the two limits above this often (its default, 30 s, made slow headers last ~88 s).
      connectionsCheckingInterval: 1_000,
    },
    clientErrorHandler,
    frameworkErrors,
    trustProxy: config.TRUST_PROXY.length > 0 ? config.TRUST_PROXY : false,
  };
}
