/**
 * The app's only view of the environment. Taro inlines `process.env.TARO_APP_*`
 * at build time (defaults come from config/index.ts); under jest the fallbacks apply.
 */
export const API_BASE = (process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000/api/v1').replace(/\/+$/, '');
export const WECHAT_OAUTH_BASE = (process.env.TARO_APP_WECHAT_OAUTH_BASE || 'http://127.0.0.1:3001').replace(
  /\/+$/,
  '',
);
export const WECHAT_APPID = process.env.TARO_APP_WECHAT_APPID || 'wx_onetrip_dev';
