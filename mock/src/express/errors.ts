import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { type z } from 'zod';

/** The express open platform's errors: a meaningful HTTP status and `{code, message}`. */
export function sendExpressError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ code, message });
}

/** 400 INVALID_ARGUMENT naming the first offending field, e.g. `recipient.phone: …`. */
export function sendInvalidArgument(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return sendExpressError(reply, 400, 'INVALID_ARGUMENT', `${field}${issue?.message ?? 'invalid'}`);
}

export function expressErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status < 500) return sendExpressError(reply, status, 'INVALID_ARGUMENT', error.message);
  request.log.error({ err: error }, 'express simulator failed');
  return sendExpressError(reply, 500, 'INTERNAL', 'internal error');
}

/** Parses bodies as JSON whatever the content type; an empty body is no body. */
export function parseJsonLeniently(
  _request: FastifyRequest,
  body: string | Buffer,
  done: (err: Error | null, body?: unknown) => void,
): void {
  const text = String(body);
  if (text.trim() === '') return done(null, undefined);
  try {
    done(null, JSON.parse(text));
  } catch {
    done(Object.assign(new Error('body is not valid JSON'), { statusCode: 400 }));
  }
}
