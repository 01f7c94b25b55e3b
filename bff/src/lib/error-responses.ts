import { ERROR_STATUS, ErrorBody, type ErrorCode } from '@onetrip/shared';

/** The codes each documented error status stands for (filled by `errorResponses`, read by the OpenAPI transform). */
const CODES_OF = new WeakMap<object, readonly ErrorCode[]>();

/**
 * The error answers of a route, for its `schema.response`:
 * `errorResponses('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE')`
 * → `{400: ErrorBody, 404: ErrorBody, 409: ErrorBody}`. Codes sharing a status
 * share its schema — `ErrorBody` itself — and are listed together in the
 * OpenAPI document (`plugins/external/swagger.ts`).
 *
 * Like every response schema, these are allowlist serialisers: what the error
 * handler sends for such a status goes through `ErrorBody`, whose detail shapes
 * must therefore cover everything the modules emit (shared `ErrorDetail`).
 */
export function errorResponses(...codes: ErrorCode[]): Record<number, typeof ErrorBody> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<number, typeof ErrorBody> = {};
  for (const [status, list] of byStatus) {
    // Its own copy per route and status, so the documentation can say which codes it stands for.
    const schema = ErrorBody.clone();
    CODES_OF.set(schema, list);
    responses[status] = schema;
  }
  return responses;
}

/** The codes an error response schema made by `errorResponses` stands for; undefined for any other schema. */
export function errorCodesOf(schema: unknown): readonly ErrorCode[] | undefined {
  return typeof schema === 'object' && schema !== null ? CODES_OF.get(schema) : undefined;
}

/** For routes that take input and need a login: bad input, no login. */
export const SIGNED_IN = ['VALIDATION_FAILED', 'UNAUTHENTICATED'] as const satisfies readonly ErrorCode[];
/** For routes limited to a role (checked against the user record): also 403. */
export const WITH_ROLE = [...SIGNED_IN, 'FORBIDDEN'] as const satisfies readonly ErrorCode[];
