import { type FastifyServerOptions } from 'fastify';

/**
 * pino options: personal data and secrets never reach a log line, whatever
 * object they are logged in.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.idNumber',
  '*.phone',
  '*.phoneNumber',
  '*.purePhoneNumber',
  '*.session_key',
  '*.sessionKey',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.receiptCode',
  '*.pickupCode',
  '*.*.idNumber',
  '*.*.phone',
  '*.*.session_key',
];

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
}

/**
 * Path segments that are secrets themselves: the single-use rating link's
 * token (`/rate/<token>`) and the texted counter receipt's (`/receipts/<token>`).
 */
const SECRET_SEGMENTS = /(\/(?:rate|receipts)\/)[^/?#]+/g;

/**
 * Query parameters that are credentials: the progress lookup's case number and
 * last four phone digits together open a case (GET /progress), and a token or
 * code in a query string is one wherever it appears. A search text (`q`) may be
 * a person's phone or ID number (the admin's people search, GET /admin/users).
 */
const SECRET_PARAMS = /([?&](?:number|phoneLast4|token|access_token|code|receiptCode|pickupCode|q)=)[^&#]*/gi;

/** A request URL fit for a log line: secret path segments and query values replaced. */
export const logSafeUrl = (url: string) =>
  url.replace(SECRET_SEGMENTS, '$1[redacted]').replace(SECRET_PARAMS, '$1[redacted]');

interface LoggedRequest {
  method: string;
  url: string;
  headers?: Record<string, unknown>;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's own request serializer, with the URL made log-safe (`incoming request` lines carry it). */
function requestSerializer(req: LoggedRequest) {
  return {
    method: req.method,
    url: logSafeUrl(req.url),
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/**
 * Logger options with the log-safe request serializer added: the app's own
 * options and any a caller (a test listening to the log) passes in alike.
 */
export function withSafeRequests(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger || typeof logger !== 'object') return logger;
  const options = logger as { serializers?: Record<string, unknown> };
  return {
    ...logger,
    serializers: { ...options.serializers, req: requestSerializer },
  } as FastifyServerOptions['logger'];
}
