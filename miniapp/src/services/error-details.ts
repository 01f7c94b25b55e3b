import { type ErrorDetail, type MissingEntry, type RequestProblem } from '@onetrip/shared';

// The entries of an error's `details`, read as the shared `ErrorDetail` union. Type-only imports with
// checks written out: the shared zod schema would bring zod (~100 KB) into the main package. The
// checks follow the schema's union in order and keep only its keys, as its parse would; a test holds
// them against the schema.

export type { ErrorDetail, MissingEntry };
export type MissingField = Extract<ErrorDetail, { field: string }>;
export type MissingMaterial = Extract<ErrorDetail, { materialCode: string }>;
export type AttemptsLeft = Extract<ErrorDetail, { attemptsLeft: number }>;
export type ImageTooSmallDetail = Extract<ErrorDetail, { reason: 'IMAGE_TOO_SMALL' }>;

type RequestPart = NonNullable<RequestProblem['in']>;
const REQUEST_PARTS: Record<RequestPart, true> = { body: true, headers: true, params: true, querystring: true };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isRequestPart = (value: unknown): value is RequestPart =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(REQUEST_PARTS, value);

/** One entry as the contract describes it, or null when it has none of the shapes. */
export function toErrorDetail(value: unknown): ErrorDetail | null {
  if (!isRecord(value)) return null;
  const { in: part, path, id, message, field, materialCode, reason, attemptsLeft } = value;
  const { width, height, min } = value;
  if (
    reason === 'IMAGE_TOO_SMALL' &&
    typeof path === 'string' &&
    typeof message === 'string' &&
    (part === undefined || isRequestPart(part)) &&
    (id === undefined || typeof id === 'string') &&
    isCount(width) &&
    isCount(height) &&
    isCount(min) &&
    min >= 1
  ) {
    return {
      ...(part === undefined ? {} : { in: part }),
      path,
      ...(id === undefined ? {} : { id }),
      message,
      reason,
      width,
      height,
      min,
    };
  }
  if (
    typeof path === 'string' &&
    typeof message === 'string' &&
    (part === undefined || isRequestPart(part)) &&
    (id === undefined || typeof id === 'string')
  ) {
    return { ...(part === undefined ? {} : { in: part }), path, ...(id === undefined ? {} : { id }), message };
  }
  if (typeof field === 'string' && typeof reason === 'string') return { field, reason };
  if (typeof materialCode === 'string' && typeof reason === 'string') return { materialCode, reason };
  if (typeof attemptsLeft === 'number' && Number.isInteger(attemptsLeft) && attemptsLeft >= 0) return { attemptsLeft };
  // An open gap (409 INVALID_STATE on issuing): a subset of the missing entries, so tried last.
  if (typeof reason === 'string') return { reason };
  return null;
}

/** The entries of the contract's shapes, in order; anything else is dropped. */
export function toErrorDetails(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => toErrorDetail(entry) ?? []);
}

export const isMissingField = (detail: ErrorDetail): detail is MissingField => 'field' in detail;
export const isMissingMaterial = (detail: ErrorDetail): detail is MissingMaterial => 'materialCode' in detail;
/** What a 422 INCOMPLETE lists: the form fields and materials still missing. */
export const isMissingEntry = (detail: ErrorDetail): detail is MissingEntry =>
  isMissingField(detail) || isMissingMaterial(detail);
export const isImageTooSmall = (detail: ErrorDetail): detail is ImageTooSmallDetail =>
  'reason' in detail && detail.reason === 'IMAGE_TOO_SMALL' && 'width' in detail;
export const isAttemptsLeft = (detail: ErrorDetail): detail is AttemptsLeft => 'attemptsLeft' in detail;
