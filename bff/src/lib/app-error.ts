import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode, type ErrorDetail } from '@onetrip/shared';

/**
 * An expected failure with a code from the contract. Each module lists its own
 * as an `XErrors` object of factories (`<module>.errors.ts`); services throw
 * those, and the error handler turns them into `{error: {code, message,
 * details}}` — the shared `ErrorBody`, which every route declares for its 4xx
 * answers (`error-responses.ts`). Anything else that is thrown is a bug and
 * becomes a logged 500.
 */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = ERROR_STATUS[code];
  }
}

/** 401 from the authentication and role guards (plugins) and anything else that finds the login gone. */
export const unauthenticated = (message?: string) => new AppError('UNAUTHENTICATED', message);
/** 403 from the role guard (plugins). */
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);

/**
 * 503: an outside service (WeChat, real-name check, WeChat Pay, the express
 * platform) failed or could not be reached — not the caller's fault, so not a
 * 4xx. The one subclass: it is thrown by the outside-service clients (plugins),
 * not by one module, and is told apart by `instanceof` (the clients' tests do).
 */
export class UpstreamUnavailableError extends AppError {
  constructor(message?: string) {
    super('UPSTREAM_UNAVAILABLE', message);
  }
}
