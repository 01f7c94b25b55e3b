import { z } from 'zod';

/** Types of the WeChat Pay client (`wechat-pay.ts`), apart so the plugin stays short. */

/** WeChat Pay refused the call with a code the caller can act on (ORDERPAID, ORDER_CLOSED, ORDER_NOT_EXIST, INVALID_REQUEST). */
export class WechatPayRefused extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(`wechat pay refused the call: ${code}`);
    this.name = 'WechatPayRefused';
  }
}

/** `wx.requestPayment` parameters (without appId, which the mini-program knows). */
export interface RequestPayment {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

export interface JsapiOrder {
  outTradeNo: string;
  description: string;
  /** fen */
  amount: number;
  openid: string;
}

/** The transaction as the order query and the notification resource give it. */
export const PayTransaction = z.object({
  appid: z.string(),
  mchid: z.string(),
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  trade_state: z.string(),
  success_time: z.string().optional(),
  amount: z.object({ total: z.number().int().optional() }).optional(),
});
export type PayTransaction = z.infer<typeof PayTransaction>;

/** A refund as the refund answers, the refund query and the REFUND.SUCCESS resource give it. */
export const PayRefund = z.object({
  mchid: z.string().optional(),
  out_trade_no: z.string(),
  out_refund_no: z.string(),
  refund_id: z.string(),
  /** `status` in answers and queries, `refund_status` in notifications */
  status: z.string().optional(),
  refund_status: z.string().optional(),
  success_time: z.string().optional(),
  amount: z.object({ total: z.number().int(), refund: z.number().int() }),
});
export type PayRefund = z.infer<typeof PayRefund>;

export interface RefundRequest {
  outTradeNo: string;
  outRefundNo: string;
  /** fen: always the whole paid amount (we never refund in part) */
  amount: number;
  reason: string;
}

export interface WechatPayClient {
  /** false when the keys are not configured (dev/test): every call then answers 503 支付暂不可用 */
  readonly available: boolean;
  readonly mchid: string;
  readonly appid: string;
  /** the only `Wechatpay-Serial` to accept */
  readonly platformKeyId: string;
  /** Places a JSAPI order (the same order again gives the same prepay id) and signs the requestPayment parameters. */
  jsapi(order: JsapiOrder): Promise<{ prepayId: string; requestPayment: RequestPayment }>;
  /** The order as WeChat Pay sees it; ORDER_NOT_EXIST is a WechatPayRefused. */
  query(outTradeNo: string): Promise<PayTransaction>;
  /** Closes an unpaid order (closing a closed one is fine); ORDERPAID is a WechatPayRefused. */
  close(outTradeNo: string): Promise<void>;
  /** Asks for a refund (the same out_refund_no again is the same refund); INVALID_REQUEST / ORDER_NOT_EXIST refused. */
  refund(request: RefundRequest): Promise<PayRefund>;
  /** The refund by out_refund_no; none there (RESOURCE_NOT_EXISTS) is `null`. */
  queryRefund(outRefundNo: string): Promise<PayRefund | null>;
  /** The platform signature over `TIMESTAMP\nNONCE\nRAW_BODY\n`; the serial must be checked first. */
  verifySign(params: {
    timestamp: string;
    nonce: string;
    serial: string;
    signature: string;
    body: string;
  }): Promise<boolean>;
  /** AES-256-GCM with the APIv3 key, tag checked; throws on any tampering. */
  decrypt(resource: { ciphertext: string; nonce: string; associated_data?: string | undefined }): string;
}
