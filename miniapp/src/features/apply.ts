import Taro from '@tarojs/taro';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';

export interface ApplyTarget {
  kind: 'item' | 'chain';
  code: string;
}

/**
 * 在线申请 from a guide. The application flow comes later: replace the logged-in branch with
 * `POST /applications` and a navigation to the form; the guide pages need not change.
 */
export function startApplication(target: ApplyTarget): void {
  if (!isLoggedIn()) {
    const back = target.kind === 'item' ? PAGES.guide(target.code) : PAGES.chain(target.code);
    void Taro.navigateTo({ url: PAGES.loginThen(back) });
    return;
  }
  void Taro.showToast({ title: '即将开放', icon: 'none' });
}
