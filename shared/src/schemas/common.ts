import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../constants/errors';

/**
 * One entry of an error's `details`. The error handler and every module emit
 * only these shapes; the routes' error response schemas (`ErrorBody`) are the
 * allowlist, so a field outside them never reaches the wire.
 *
 * A problem with one part of a request: schema failures and the services' own
 * checks. `id` names the offending entry of a list of ids (unusable uploads).
 */
export const RequestProblem = z.object({
  in: z.enum(['body', 'headers', 'params', 'querystring']).optional(),
  path: z.string(),
  id: z.string().optional(),
  message: z.string(),
});
export type RequestProblem = z.infer<typeof RequestProblem>;
/**
 * 400 on `POST /uploads`: a JPEG or PNG whose shorter side is under `MIN_IMAGE_SIDE` — a request
 * problem (`path: "file"`) that also names the reason and the sizes. Before `RequestProblem` in the union,
 * which would otherwise take it and drop its sizes.
 */
export const ImageTooSmall = RequestProblem.extend({
  reason: z.literal('IMAGE_TOO_SMALL'),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  min: z.number().int().min(1),
});
/** 422 INCOMPLETE: one missing form field (`delivery` for a missing delivery choice)… */
export const MissingField = z.object({ field: z.string(), reason: z.string() });
/** …or one missing required material. */
export const MissingMaterial = z.object({ materialCode: z.string(), reason: z.string() });
export const MissingEntry = z.union([MissingField, MissingMaterial]);
export type MissingEntry = z.infer<typeof MissingEntry>;
/** 422 RECEIPT_CODE_WRONG: how many tries are left before the shipment locks. */
export const AttemptsLeft = z.object({ attemptsLeft: z.number().int().min(0) });
/** 409 INVALID_STATE when issuing with a gap still open: one material still to be supplied. */
export const OpenGap = z.object({ reason: z.string() });
/**
 * Any of the above. Order matters: the first shape that fits is the one
 * serialised (others' fields dropped), so `OpenGap`, a subset of the missing
 * entries, comes last.
 */
export const ErrorDetail = z.union([
  ImageTooSmall,
  RequestProblem,
  MissingField,
  MissingMaterial,
  AttemptsLeft,
  OpenGap,
]);
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/**
 * Every error answer: `{error: {code, message, details?}}` (API.md). Registered
 * as the OpenAPI component `ErrorBody`, which every route's 4xx answers refer to.
 */
export const ErrorBody = z
  .object({
    error: z.object({
      /** a contract code, or INTERNAL for the 500 answered to a bug */
      code: z.enum([...(Object.keys(ERROR_STATUS) as ErrorCode[]), 'INTERNAL']),
      message: z.string(),
      details: z.array(ErrorDetail).optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Mongo ObjectId as a 24-hex string. */
export const ObjectIdString = z.string().regex(/^[0-9a-f]{24}$/, '编号格式不正确');
export const IdParams = z.strictObject({ id: ObjectIdString });
export type IdParams = z.infer<typeof IdParams>;

/**
 * Bidirectional controls (LRM/RLM, the embeddings and overrides U+202A–E, the
 * isolates U+2066–9): invisible, they make stored text read otherwise on
 * screen and on paper (an address, an item's name). No Chinese text needs them,
 * and Arabic or Hebrew words display right without them. Text refuses the
 * same characters (as a regex, so the OpenAPI document states it too).
 */
export const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
export const BIDI_CONTROL_MESSAGE = '不能包含改变文字方向的控制字符';

/** Short human text: trimmed, no control characters, no bidi controls. */
export const Text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .regex(/^[^\u0000-\u001f\u007f]*$/, '不能包含控制字符')
    .regex(/^[^\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/, BIDI_CONTROL_MESSAGE);

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
};

export const HealthResponse = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['up', 'down']) });
