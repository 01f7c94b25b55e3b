import { type OrderStore } from './orders';
import { type WechatPayKeys, type WechatPaySettings } from './settings';

/** What every WeChat Pay route needs: the one merchant simulated, its keys and its orders. */
export interface PayContext {
  settings: WechatPaySettings;
  keys: WechatPayKeys;
  orders: OrderStore;
  /** Notifications being delivered after their answer; the server waits for them when it closes. */
  deliveries: Set<Promise<unknown>>;
}

/** Runs a delivery nobody awaits, kept in `pay.deliveries` until it settles. */
export function inBackground(pay: PayContext, work: Promise<unknown>): void {
  const tracked = work.catch(() => undefined).finally(() => pay.deliveries.delete(tracked));
  pay.deliveries.add(tracked);
}

export interface PayRouteOptions {
  pay: PayContext;
}
