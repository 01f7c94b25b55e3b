import { z } from 'zod';

/** 商户订单号: 6-32 of `[A-Za-z0-9_*|-]`, unique per merchant. */
export const OUT_TRADE_NO = /^[A-Za-z0-9_*|-]{6,32}$/;
/** 商户退款单号: 1-64 of `[A-Za-z0-9_*@|-]`. */
export const OUT_REFUND_NO = /^[A-Za-z0-9_*@|-]{1,64}$/;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Where the simulator may send notifications: https anywhere, or http on this
 * machine; like WeChat, no query string (`不能携带参数`).
 */
export function isAllowedNotifyUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.search !== '' || url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

/** Lengths WeChat Pay counts in UTF-8 bytes (a Chinese character is 3). */
const bytesAtMost = (max: number) =>
  z.string().refine((v) => Buffer.byteLength(v) <= max, { message: `长度不能超过 ${max} 字节（UTF-8）` });

const notifyUrl = z
  .string()
  .max(256)
  .refine(isAllowedNotifyUrl, { message: 'notify_url 须为 https 地址或本机 http 地址，且不能携带参数' });

const rfc3339 = z
  .string()
  .refine((v) => RFC3339.test(v) && !Number.isNaN(Date.parse(v)), { message: '须为 RFC 3339 时间' });

const amountFen = z.number().int().min(1).max(100_000_000_00);

export const JsapiBody = z.object({
  appid: z.string().min(1).max(32),
  mchid: z.string().min(1).max(32),
  description: bytesAtMost(127).pipe(z.string().min(1)),
  out_trade_no: z.string().regex(OUT_TRADE_NO, { message: '须为 6-32 位字母、数字或 _-|*' }),
  time_expire: rfc3339.optional(),
  attach: bytesAtMost(128).optional(),
  notify_url: notifyUrl,
  goods_tag: z.string().max(32).optional(),
  support_fapiao: z.boolean().optional(),
  amount: z.object({ total: amountFen, currency: z.literal('CNY').optional() }),
  payer: z.object({ openid: z.string().min(1).max(128) }),
  detail: z.unknown().optional(),
  scene_info: z.unknown().optional(),
  settle_info: z.unknown().optional(),
});

export const CloseBody = z.object({ mchid: z.string().min(1).max(32) });

export const QueryParams = z.object({ mchid: z.string().min(1).max(32) });

export const RefundBody = z.object({
  out_trade_no: z.string().regex(OUT_TRADE_NO),
  out_refund_no: z.string().regex(OUT_REFUND_NO),
  reason: bytesAtMost(80).optional(),
  notify_url: notifyUrl.optional(),
  funds_account: z.literal('AVAILABLE').optional(),
  amount: z.object({ refund: amountFen, total: amountFen, currency: z.literal('CNY') }),
});
export type RefundBody = z.infer<typeof RefundBody>;
