import Taro from '@tarojs/taro';
import { type Platform } from '@onetrip/shared';

export const LOGIN_PLATFORM: Platform = 'weapp';

export async function startLogin(): Promise<string | null> {
  const { code } = await Taro.login();
  if (!code) throw new Error('微信登录失败，请重试');
  return code;
}

export function takeReturnedCode(): string | null {
  return null;
}
