import { randomBytes } from 'node:crypto';
import { chinaTime, randomDigits } from './crypto';

export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';

const TRADE_STATE_DESC: Record<TradeState, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  CLOSED: '订单已关闭',
  REFUND: '订单发生过退款',
};

/** What the merchant asked for in `POST /v3/pay/transactions/jsapi`. */
export interface JsapiOrderInput {
  appid: string;
  mchid: string;
  description: string;
  out_trade_no: string;
  time_expire?: string | undefined;
  attach?: string | undefined;
  notify_url: string;
  amount: { total: number; currency?: 'CNY' | undefined };
  payer: { openid: string };
}

export interface RefundRecord {
  refund_id: string;
  out_refund_no: string;
  reason: string | null;
  refund: number;
  create_time: string;
  /** PROCESSING (scenario `refund-processing`) until the test control says the bank is done; else SUCCESS at once */
  status: 'PROCESSING' | 'SUCCESS';
  /** set when it succeeds */
  success_time?: string;
  /** Where REFUND.SUCCESS goes; none was asked for when absent. */
  notify_url?: string;
  notifications: NotificationRecord[];
}

export interface NotificationRecord {
  /** The notification's `id`. */
  id: string;
  at: string;
  tamper: string | null;
  /** HTTP status of the last attempt, null when the URL could not be reached. */
  status: number | null;
  attempts: number;
}

export interface PayOrder {
  input: JsapiOrderInput;
  prepay_id: string;
  created_at: string;
  trade_state: TradeState;
  transaction_id?: string;
  success_time?: string;
  refunds: RefundRecord[];
  notifications: NotificationRecord[];
}

/** The fields that make a repeated jsapi request "the same order". */
function fingerprint(input: JsapiOrderInput): string {
  const { appid, description, attach, time_expire, amount, payer } = input;
  return JSON.stringify([appid, description, attach ?? null, time_expire ?? null, amount.total, payer.openid]);
}

function newPrepayId(): string {
  const stamp = chinaTime().slice(0, 19).replace(/\D/g, '');
  return `wx${stamp}${randomBytes(10).toString('hex')}`;
}

export type CreateResult = { order: PayOrder } | { error: 'paid' | 'closed' | 'duplicate' };

/** The simulator's orders, in memory (kept until the server stops). */
export class OrderStore {
  private readonly byOutTradeNo = new Map<string, PayOrder>();

  create(input: JsapiOrderInput): CreateResult {
    const existing = this.byOutTradeNo.get(input.out_trade_no);
    if (existing) {
      if (existing.trade_state === 'SUCCESS' || existing.trade_state === 'REFUND') return { error: 'paid' };
      if (existing.trade_state === 'CLOSED') return { error: 'closed' };
      return fingerprint(existing.input) === fingerprint(input) ? { order: existing } : { error: 'duplicate' };
    }
    const order: PayOrder = {
      input,
      prepay_id: newPrepayId(),
      created_at: new Date().toISOString(),
      trade_state: 'NOTPAY',
      refunds: [],
      notifications: [],
    };
    this.byOutTradeNo.set(input.out_trade_no, order);
    return { order };
  }

  get(outTradeNo: string): PayOrder | undefined {
    return this.byOutTradeNo.get(outTradeNo);
  }

  byPrepayId(prepayId: string): PayOrder | undefined {
    return [...this.byOutTradeNo.values()].find((o) => o.prepay_id === prepayId);
  }

  byTransactionId(transactionId: string): PayOrder | undefined {
    return [...this.byOutTradeNo.values()].find((o) => o.transaction_id === transactionId);
  }

  list(filter: { out_trade_no?: string | undefined; openid?: string | undefined }): PayOrder[] {
    return [...this.byOutTradeNo.values()].filter(
      (o) =>
        (filter.out_trade_no === undefined || o.input.out_trade_no === filter.out_trade_no) &&
        (filter.openid === undefined || o.input.payer.openid === filter.openid),
    );
  }

  findRefund(outRefundNo: string): { order: PayOrder; refund: RefundRecord } | undefined {
    for (const order of this.byOutTradeNo.values()) {
      const refund = order.refunds.find((r) => r.out_refund_no === outRefundNo);
      if (refund) return { order, refund };
    }
    return undefined;
  }
}

/** Past `time_expire`, the user can no longer pay. */
export function isExpired(order: PayOrder, now = Date.now()): boolean {
  const expire = order.input.time_expire;
  return expire !== undefined && Date.parse(expire) <= now;
}

/** The user pays: NOTPAY → SUCCESS with a transaction id. */
export function markPaid(order: PayOrder, now = new Date()): void {
  order.trade_state = 'SUCCESS';
  order.transaction_id = `4200${chinaTime(now).slice(0, 10).replace(/-/g, '')}${randomDigits(16)}`;
  order.success_time = chinaTime(now);
}

export function refundedTotal(order: PayOrder): number {
  return order.refunds.reduce((sum, r) => sum + r.refund, 0);
}

/** WeChat Pay's transaction object: the query answer and the notification's plaintext. */
export function transactionOf(order: PayOrder, mchid: string): Record<string, unknown> {
  const { input } = order;
  const paid = order.transaction_id !== undefined;
  const total = input.amount.total;
  return {
    appid: input.appid,
    mchid,
    out_trade_no: input.out_trade_no,
    ...(paid ? { transaction_id: order.transaction_id } : {}),
    trade_type: 'JSAPI',
    trade_state: order.trade_state,
    trade_state_desc: TRADE_STATE_DESC[order.trade_state],
    ...(paid ? { bank_type: 'OTHERS', success_time: order.success_time } : {}),
    ...(input.attach === undefined ? {} : { attach: input.attach }),
    payer: { openid: input.payer.openid },
    amount: paid ? { total, payer_total: total, currency: 'CNY', payer_currency: 'CNY' } : { total, currency: 'CNY' },
  };
}

/** The plaintext of a REFUND.SUCCESS notification (WeChat Pay's 退款结果通知 resource). */
export function refundNoticeOf(order: PayOrder, refund: RefundRecord, mchid: string): Record<string, unknown> {
  const total = order.input.amount.total;
  return {
    mchid,
    out_trade_no: order.input.out_trade_no,
    transaction_id: order.transaction_id,
    out_refund_no: refund.out_refund_no,
    refund_id: refund.refund_id,
    refund_status: 'SUCCESS',
    success_time: refund.success_time,
    user_received_account: '支付用户零钱',
    amount: { total, refund: refund.refund, payer_total: total, payer_refund: refund.refund },
  };
}
