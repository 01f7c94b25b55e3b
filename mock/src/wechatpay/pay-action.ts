import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { SCENARIO_HEADER } from '../core/scenario';
import { type PayContext } from './context';
import { notifyOrder, type DeliveryResult } from './notify';
import { isExpired, markPaid, type PayOrder } from './orders';

export type PayOutcome =
  | ({ paid: true } & DeliveryResult)
  | { paid: false; status: number; code: string; message: string };

export interface PayActionOptions {
  /** Send the notification (default true). */
  notify: boolean;
  attempts?: number | undefined;
}

/**
 * `notify-drop`, asked for by header or armed: the user pays but WeChat Pay's
 * notification never arrives, so the BFF must find out by querying the order.
 * The pay routes are under /__mock, which scenarios otherwise leave alone, so
 * they take this one scenario themselves; `match` sees the order's
 * out_trade_no, prepay_id and payer openid.
 */
export function takesNotifyDrop(app: FastifyInstance, request: FastifyRequest, order: PayOrder): boolean {
  if (request.headers[SCENARIO_HEADER] === 'notify-drop') return true;
  const path = request.url.split('?')[0] ?? request.url;
  const text = () => `${order.input.out_trade_no}\n${order.prepay_id}\n${order.input.payer.openid}`;
  return app.scenarios.take(['notify-drop'], { path, text }) !== null;
}

/** The user confirms payment: NOTPAY → SUCCESS, then the notification (with retries). */
export async function payOrder(pay: PayContext, order: PayOrder, opts: PayActionOptions): Promise<PayOutcome> {
  if (order.trade_state === 'SUCCESS' || order.trade_state === 'REFUND') {
    return { paid: false, status: 409, code: 'ORDERPAID', message: '该订单已支付' };
  }
  if (order.trade_state === 'CLOSED') {
    return { paid: false, status: 409, code: 'ORDER_CLOSED', message: '该订单已关闭' };
  }
  if (isExpired(order)) {
    return { paid: false, status: 409, code: 'ORDER_CLOSED', message: '订单已超过 time_expire，无法支付' };
  }
  markPaid(order);
  if (!opts.notify) return { paid: true, notified: null, attempts: 0 };
  return { paid: true, ...(await notifyOrder(pay, order, { attempts: opts.attempts })) };
}
