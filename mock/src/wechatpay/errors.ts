import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { type z } from 'zod';

/**
 * WeChat Pay v3 errors: a meaningful HTTP status and `{code, message}`,
 * with `detail` for parameter errors. Clients branch on `code` (and the
 * status), never on `message`.
 */
export interface PayErrorBody {
  code: string;
  message: string;
  detail?: { location: string; field: string; value?: unknown; issue: string };
}

export function sendPayError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  detail?: PayErrorBody['detail'],
): FastifyReply {
  const body: PayErrorBody = detail ? { code, message, detail } : { code, message };
  return reply.code(status).send(body);
}

export const PAY_ERRORS = {
  systemError: [500, 'SYSTEM_ERROR', '系统错误'],
  orderNotExist: [404, 'ORDER_NOT_EXIST', '订单不存在'],
  orderPaid: [400, 'ORDERPAID', '该订单已支付'],
  orderClosed: [400, 'ORDER_CLOSED', '该订单已关闭'],
  duplicateOrder: [400, 'INVALID_REQUEST', '201 商户订单号重复'],
  appidMchidNotMatch: [400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配'],
  mchNotExists: [400, 'MCH_NOT_EXISTS', '商户号不存在'],
} as const satisfies Record<string, readonly [number, string, string]>;

export function sendKnownError(reply: FastifyReply, error: readonly [number, string, string]): FastifyReply {
  return sendPayError(reply, error[0], error[1], error[2]);
}

/** 400 PARAM_ERROR for the first zod issue, in WeChat's `detail` form. */
export function sendParamError(reply: FastifyReply, error: z.ZodError, input: unknown): FastifyReply {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  const field = `/${path.join('/')}`;
  let value: unknown = input;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  const problem = issue?.message ?? 'invalid';
  return sendPayError(reply, 400, 'PARAM_ERROR', `输入源“/body${field}”校验失败：${problem}`, {
    location: 'body',
    field,
    ...(value === undefined ? {} : { value }),
    issue: problem,
  });
}

/** Malformed bodies → 400 PARAM_ERROR; bugs → 500 SYSTEM_ERROR, never a stack. */
export function payErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status < 500) return sendPayError(reply, status, 'PARAM_ERROR', error.message);
  request.log.error({ err: error }, 'wechatpay simulator failed');
  return sendPayError(reply, 500, 'SYSTEM_ERROR', '系统错误');
}
