import { type ErrorCode, type ErrorDetail } from '@onetrip/shared';

/** Codes of the HTTP contract plus the two the client itself can run into. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

/** A failed call: what the server said (`{error: {code, message, details}}`) or why no answer came. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    /** The entries of the contract's shapes (services/error-details.ts); others are dropped. */
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';
export const UNKNOWN_MESSAGE = '服务暂时不可用，请稍后重试';

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message fit for people, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return isApiError(error) ? error.message : UNKNOWN_MESSAGE;
}

/** Anything thrown, as an ApiError: what is not one already is an unknown failure. */
export function asApiError(error: unknown): ApiError {
  return isApiError(error) ? error : new ApiError('UNKNOWN', UNKNOWN_MESSAGE, 0);
}
