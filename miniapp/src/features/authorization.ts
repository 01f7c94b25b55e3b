import Taro from '@tarojs/taro';
import { PAGES } from '@/utils/navigation';

/**
 * The authorization a resident opened (by its QR code) before verifying their real name: 我的 is a tab
 * page, which takes no query, so the id travels in storage and 我的 offers 继续确认授权 afterwards.
 */
const PENDING_KEY = 'onetrip.pendingAuthorization';

export function pendingAuthorization(): string | null {
  const raw: unknown = Taro.getStorageSync(PENDING_KEY);
  return typeof raw === 'string' && /^[0-9a-f]{24}$/.test(raw) ? raw : null;
}

export function clearPendingAuthorization(): void {
  Taro.removeStorageSync(PENDING_KEY);
}

/** Off to 我的 to verify, remembering where to come back to. */
export async function verifyThenConfirm(id: string): Promise<void> {
  Taro.setStorageSync(PENDING_KEY, id);
  await Taro.switchTab({ url: PAGES.me });
}

/** Back to the authorization after verifying. */
export async function resumeAuthorization(id: string): Promise<void> {
  clearPendingAuthorization();
  await Taro.navigateTo({ url: PAGES.authorization(id) });
}
