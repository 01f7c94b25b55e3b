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
