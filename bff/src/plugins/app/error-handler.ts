import fp from 'fastify-plugin';
import { type FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_MESSAGES, ERROR_STATUS, type ErrorBody, type ErrorCode, type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';
import { isStorageFull } from '../../lib/storage/storage-full';
import { DB_RETRY_AFTER_SECONDS, isDbUnavailable } from '../../lib/db-unavailable';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; code?: string } };
}

/** Zod issues → `[{in, path, message}]` with the path in dotted form (`materials.0.code`). */
function validationDetails(err: FastifyError): RequestProblem[] {
  const issues = (err.validation ?? []) as ValidationIssue[];
  return issues.map((issue) => ({
    in: err.validationContext,
    path:
      issue.params?.issue?.path?.map(String).join('.') ??
      issue.instancePath?.replace(/^\//, '').replaceAll('/', '.') ??
      '',
    message: issue.message ?? '',
  }));
}

/**
 * The one error handler: every failure leaves as the contract's
 * `{error: {code, message, details}}` (shared `ErrorBody`). Bad input is
 * always a 4xx; only bugs are 500, logged with their stack and answered
 * without details. What it sends goes through the route's response schema for
 * that status (every route declares `ErrorBody` for its 4xx answers), so the
 * bodies here must fit `ErrorBody` — `satisfies` keeps them to it.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((err: FastifyError, request, reply) => {
      if (isStorageFull(err)) {
        // Not the caller's fault and not a bug: someone has to free or add disk.
        request.log.error({ err, action: 'storage.full' }, 'storage full: a file could not be written');
        return reply
          .status(ERROR_STATUS.STORAGE_FULL)
          .send({ error: { code: 'STORAGE_FULL', message: ERROR_MESSAGES.STORAGE_FULL } } satisfies ErrorBody);
      }
      // The rest of a too-slow body is not worth waiting for: answer and close.
      if (err.statusCode === 408) reply.header('connection', 'close');
      if (err instanceof AppError) {
        return reply.status(err.statusCode).send({
          error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
        } satisfies ErrorBody);
      }
      if (hasZodFastifySchemaValidationErrors(err)) {
        return reply.status(400).send({
          error: {
            code: 'VALIDATION_FAILED',
            message: ERROR_MESSAGES.VALIDATION_FAILED,
            details: validationDetails(err),
          },
        } satisfies ErrorBody);
      }
      const status = err.statusCode ?? 500;
      const code = BY_STATUS[status] ?? (status < 500 ? 'VALIDATION_FAILED' : undefined);
      if (code) {
        request.log.info({ err: { code: err.code, message: err.message } }, 'request refused');
        return reply
          .status(status < 500 ? status : 400)
          .send({ error: { code, message: ERROR_MESSAGES[code] } } satisfies ErrorBody);
      }
      if (isDbUnavailable(err)) {
        // Not a bug: the database is away (restarting, the network). Nothing was done; say when to retry.
        request.log.warn({ err: { name: err.name, message: err.message } }, 'database unavailable');
        return reply
          .status(503)
          .header('retry-after', String(DB_RETRY_AFTER_SECONDS))
          .send({ error: { code: 'DB_UNAVAILABLE', message: ERROR_MESSAGES.DB_UNAVAILABLE } } satisfies ErrorBody);
      }
      request.log.error({ err }, 'unexpected error');
      return reply
        .status(500)
        .send({ error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } } satisfies ErrorBody);
    });

    app.setNotFoundHandler((_request, reply) => {
      reply.status(404).send({ error: { code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND } } satisfies ErrorBody);
    });
  },
  { name: 'error-handler' },
);
