import Taro from '@tarojs/taro';

/** Pages of the tabBar: only switchTab/reLaunch may open them. */
export const TAB_PAGES = ['/pages/home/index', '/pages/me/index'] as const;

export const PAGES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  guide: (code: string) => `/pages/guide/index?code=${encodeURIComponent(code)}`,
  chain: (code: string) => `/pages/chain/index?code=${encodeURIComponent(code)}`,
  qr: (token: string) => `/pages/qr/index?token=${encodeURIComponent(token)}`,
  loginThen: (back: string) => `/pages/login/index?redirect=${encodeURIComponent(back)}`,
} as const;

function isTabPage(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return (TAB_PAGES as readonly string[]).includes(path);
}

/** Opens a page, whether or not it is a tab page. */
export function openPage(url: string): Promise<unknown> {
  return isTabPage(url) ? Taro.switchTab({ url }) : Taro.navigateTo({ url });
}

/** Replaces the current page (used after login and after resolving a QR code). */
export function replacePage(url: string): Promise<unknown> {
  return isTabPage(url) ? Taro.switchTab({ url }) : Taro.redirectTo({ url });
}
