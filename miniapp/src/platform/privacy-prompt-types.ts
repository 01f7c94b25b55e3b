/** What WeChat's `onNeedPrivacyAuthorization` hands over: answered once with agree or disagree. */
export type PrivacyResolve = (option: {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}) => void;

/** The id of the button with `openType="agreePrivacyAuthorization"` (WeChat checks it was tapped). */
export const PRIVACY_AGREE_BUTTON = 'privacy-agree';

/**
 * WeChat's privacy check, as state: a privacy API (phone number, camera, album, chat files)
 * waits while the popup is open; the person's answer goes to every waiting call at once (two
 * calls may wait together), and the popup closes. Kept apart from the page so it is tested
 * without WeChat.
 */
export function createPrivacyGate(onChange: (open: boolean) => void) {
  let waiting: PrivacyResolve[] = [];
  const settle = (option: Parameters<PrivacyResolve>[0]) => {
    const all = waiting;
    waiting = [];
    onChange(false);
    for (const resolve of all) resolve(option);
  };
  return {
    /** The listener of `onNeedPrivacyAuthorization`: the popup opens and WeChat is told it is shown. */
    need(resolve: PrivacyResolve) {
      waiting.push(resolve);
      resolve({ event: 'exposureAuthorization' });
      onChange(true);
    },
    agree() {
      settle({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON });
    },
    disagree() {
      settle({ event: 'disagree' });
    },
    get pending() {
      return waiting.length;
    },
  };
}
