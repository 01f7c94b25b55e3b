/**
 * The app's only view of the environment. Taro inlines `process.env.TARO_APP_*`
 * at build time (defaults come from config/index.ts); under jest the fallbacks apply.
 */
export const API_BASE = (process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000/api/v1').replace(/\/+$/, '');
export const WECHAT_OAUTH_BASE = (process.env.TARO_APP_WECHAT_OAUTH_BASE || 'http://127.0.0.1:3001').replace(
  /\/+$/,
  '',
);
/**
 * Where the H5 build sends the browser to pay (`/__mock/wechatpay/h5pay`): the WeChat Pay simulator,
 * by default the same mock server as OAuth. H5 has no `requestPayment`; see platform/pay.h5.ts.
 */
export const WECHAT_PAY_H5_BASE = (process.env.TARO_APP_WECHAT_PAY_H5_BASE || WECHAT_OAUTH_BASE).replace(/\/+$/, '');
export const WECHAT_APPID = process.env.TARO_APP_WECHAT_APPID || 'wx_onetrip_dev';
/**
 * Where the H5 app is published (the BFF's PUBLIC_H5_URL). QR codes drawn by the mini-program hold
 * `<it>/q/<token>`, the form of the BFF's poster codes, which WeChat maps to the mini-program too.
 */
export const PUBLIC_H5_URL = (process.env.TARO_APP_PUBLIC_H5_URL || 'http://127.0.0.1:10086').replace(/\/+$/, '');
