import { type PaymentCreated } from '@onetrip/shared';
import { WECHAT_PAY_H5_BASE } from '@/config';
import { type PayOutcome } from './pay-types';

export { type PayOutcome } from './pay-types';

/** Leaving the app; a seam so tests can see where the browser was sent (jsdom cannot navigate). */
export const browser = {
  go(url: string): void {
    window.location.assign(url);
  },
};

/** `prepay_id=wx…` → `wx…` (the `package` of requestPayment). */
export function prepayIdOf(pkg: string): string {
  return pkg.startsWith('prepay_id=') ? pkg.slice('prepay_id='.length) : pkg;
}

/** The address of this app's page `path` (hash router), for the cashier to come back to. */
export function appUrl(path: string): string {
  return `${window.location.origin}${window.location.pathname}#${path.startsWith('/') ? path : `/${path}`}`;
}

/** The simulator's cashier page for a prepay id, returning to `redirect` (an absolute URL). */
export function h5PayUrl(pkg: string, redirect: string): string {
  const query = `prepay_id=${encodeURIComponent(prepayIdOf(pkg))}&redirect=${encodeURIComponent(redirect)}`;
  return `${WECHAT_PAY_H5_BASE}/__mock/wechatpay/h5pay?${query}`;
}

/**
 * H5 limitation: `Taro.requestPayment` does not exist in a browser, so the page leaves for the
 * WeChat Pay simulator's cashier (`/__mock/wechatpay/h5pay`), which 303s back to the case after
 * 确认支付 or 取消. A production H5 deployment needs WeChat Pay's own H5/JSAPI-in-WeChat flow instead
 * (an `h5_url` from `/v3/pay/transactions/h5`, or the JS-SDK inside WeChat's browser).
 */
export async function payForCase(
  requestPayment: PaymentCreated['requestPayment'],
  returnPath: string,
): Promise<PayOutcome> {
  browser.go(h5PayUrl(requestPayment.package, appUrl(returnPath)));
  return 'redirected';
}
