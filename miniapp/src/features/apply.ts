import Taro from '@tarojs/taro';
import { errorMessage, isApiError } from '@/services/api-error';
import { createApplication } from '@/services/applications';
import { getMe } from '@/services/auth';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';

export interface ApplyTarget {
  kind: 'item' | 'chain';
  code: string;
}

/** What the resident wanted to apply for when the app sent them to verify their real name first. */
const PENDING_KEY = 'onetrip.pendingApply';

export function pendingApplication(): ApplyTarget | null {
  const raw: unknown = Taro.getStorageSync(PENDING_KEY);
  if (typeof raw !== 'string' || !raw) return null;
  try {
    const target = JSON.parse(raw) as Partial<ApplyTarget>;
    return (target.kind === 'item' || target.kind === 'chain') && typeof target.code === 'string'
      ? { kind: target.kind, code: target.code }
      : null;
  } catch {
    return null;
  }
}

export function clearPendingApplication(): void {
  Taro.removeStorageSync(PENDING_KEY);
}

/** A case is for a verified person: send them to 我的 (a tab page, so the hint travels in storage). */
async function askForRealName(target: ApplyTarget): Promise<void> {
  const { confirm } = await Taro.showModal({
    title: '请先完成实名认证',
    content: '在线申请需要先核验您的身份（只需一次），完成后即可继续申请。',
    confirmText: '去认证',
  });
  if (!confirm) return;
  Taro.setStorageSync(PENDING_KEY, JSON.stringify(target));
  await Taro.switchTab({ url: PAGES.me });
}

let starting = false;

/**
 * 在线申请 from a guide, or 一次申请全部事项 from a chain: login if needed, real-name verification
 * if the profile is not verified, then POST /applications (`{items: [code]}` or `{chain: code}`)
 * and on to the form. A second tap while the first is under way does nothing.
 */
export async function startApplication(target: ApplyTarget): Promise<void> {
  if (!isLoggedIn()) {
    const back = target.kind === 'item' ? PAGES.guide(target.code) : PAGES.chain(target.code);
    await Taro.navigateTo({ url: PAGES.loginThen(back) });
    return;
  }
  if (starting) return;
  starting = true;
  void Taro.showLoading({ title: '正在创建申请', mask: true });
  let loading = true;
  const stopLoading = () => {
    if (loading) void Taro.hideLoading();
    loading = false;
  };
  try {
    const me = await getMe({ silent: true });
    if (!me.profile?.verified) {
      stopLoading();
      await askForRealName(target);
      return;
    }
    const body = target.kind === 'item' ? { items: [target.code] } : { chain: target.code };
    const view = await createApplication(body, { silent: true });
    clearPendingApplication();
    stopLoading();
    await Taro.navigateTo({ url: PAGES.applyForm(view.id) });
  } catch (error) {
    stopLoading();
    // The server has the last word on verification (409 请先完成实名认证).
    if (isApiError(error) && error.code === 'INVALID_STATE' && error.message.includes('实名')) {
      await askForRealName(target);
    } else if (!(isApiError(error) && error.code === 'UNAUTHENTICATED')) {
      // (an expired session has already opened the login page)
      toast(errorMessage(error));
    }
  } finally {
    stopLoading();
    starting = false;
  }
}
