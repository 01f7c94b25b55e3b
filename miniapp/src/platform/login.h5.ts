import Taro from '@tarojs/taro';
import { type Platform } from '@onetrip/shared';
import { WECHAT_APPID, WECHAT_OAUTH_BASE } from '@/config';

export const LOGIN_PLATFORM: Platform = 'h5';

const STATE_KEY = 'onetrip.oauthState';

function randomState(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** WeChat web OAuth (snsapi_base): WeChat sends the browser back with `?code=&state=` before the `#`. */
export function authorizeUrl(redirectUri: string, state: string): string {
  const query = [
    `appid=${encodeURIComponent(WECHAT_APPID)}`,
    `redirect_uri=${encodeURIComponent(redirectUri)}`,
    'response_type=code',
    'scope=snsapi_base',
    `state=${encodeURIComponent(state)}`,
  ].join('&');
  return `${WECHAT_OAUTH_BASE}/connect/oauth2/authorize?${query}#wechat_redirect`;
}

export async function startLogin(): Promise<string | null> {
  const state = randomState();
  Taro.setStorageSync(STATE_KEY, state);
  const here = `${window.location.origin}${window.location.pathname}${window.location.hash}`;
  window.location.assign(authorizeUrl(here, state));
  return null;
}

export function takeReturnedCode(): string | null {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  if (!code) return null;
  // A code is single-use: drop it from the address so a reload or a shared link does not replay it.
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  const expected: unknown = Taro.getStorageSync(STATE_KEY);
  Taro.removeStorageSync(STATE_KEY);
  if (!expected || params.get('state') !== expected) throw new Error('登录校验失败，请重新登录');
  return code;
}
