import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../constants/errors';

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Mongo ObjectId as a 24-hex string. */
export const ObjectIdString = z.string().regex(/^[0-9a-f]{24}$/, '编号格式不正确');
export const IdParams = z.strictObject({ id: ObjectIdString });
export type IdParams = z.infer<typeof IdParams>;

/** Short human text: trimmed, no control characters. */
export const Text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .regex(/^[^\u0000-\u001f\u007f]*$/, '不能包含控制字符');

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
};

export const HealthResponse = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['up', 'down']) });
