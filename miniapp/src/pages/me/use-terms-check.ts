import { useCallback } from 'react';
import { useDidShow } from '@tarojs/taro';
import { forgetConsents, isAgreed, type ConsentPrompt } from '@/features/consent';
import { logout } from '@/services/auth';

/**
 * A session that outlived the texts it agreed to (a new version of the agreement or the policy,
 * or a withdrawal on another device): 我的 asks again when shown. 不同意 signs out; browsing the
 * guides stays open.
 */
export function useTermsCheck(loggedIn: boolean, ask: ConsentPrompt['ask'], onSignedOut: () => void): void {
  const check = useCallback(async () => {
    if (!loggedIn) return;
    let agreed: boolean;
    try {
      agreed = await isAgreed('terms');
    } catch {
      return; // offline or signed out meanwhile: asked next time
    }
    if (agreed || (await ask('terms'))) return;
    await logout();
    forgetConsents();
    onSignedOut();
  }, [loggedIn, ask, onSignedOut]);
  useDidShow(() => void check());
}
