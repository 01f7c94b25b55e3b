import { type OrderStore } from './orders';
import { type WechatPayKeys, type WechatPaySettings } from './settings';

/** What every WeChat Pay route needs: the one merchant simulated, its keys and its orders. */
export interface PayContext {
  settings: WechatPaySettings;
  keys: WechatPayKeys;
  orders: OrderStore;
}

export interface PayRouteOptions {
  pay: PayContext;
}
