import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode } from '@onetrip/shared';

/**
 * An expected failure with a code from the contract. Services throw these;
 * the error handler turns them into `{error: {code, message, details}}`.
 * Anything else that is thrown is a bug and becomes a logged 500.
 */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = ERROR_STATUS[code];
  }
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const unauthenticated = (message?: string) => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const invalidState = (message?: string) => new AppError('INVALID_STATE', message);
export const versionConflict = (message?: string) => new AppError('VERSION_CONFLICT', message);

/** 503: an outside service failed or could not be reached — not the caller's fault, so not a 4xx. */
export class UpstreamUnavailableError extends AppError {
  constructor(message?: string) {
    super('UPSTREAM_UNAVAILABLE', message);
  }
}
