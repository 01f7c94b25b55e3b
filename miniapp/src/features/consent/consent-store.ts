import Taro from '@tarojs/taro';
import { consentVersion, type ConsentPurpose } from '@onetrip/shared';
import { agreeConsent, getConsents } from '@/services/privacy';
import { getSessionUser } from '@/services/session';

/**
 * Where the app keeps what was agreed. The server's record (GET/POST /me/consents) is the proof;
 * the device remembers only that the terms in force were shown and agreed here before signing in
 * (first use on this device), and, across H5's OAuth round trip, that they were agreed in this
 * very login attempt — so the account gets the agreement recorded right after it signs in.
 */
const KEYS = { device: 'onetrip.consent.device', attempt: 'onetrip.consent.attempt' } as const;
/** An agreement on the login page counts for the login that follows within this time. */
const ATTEMPT_MS = 10 * 60_000;

const read = (key: string): string => {
  const value: unknown = Taro.getStorageSync(key);
  return typeof value === 'string' ? value : '';
};

/** The terms in force were agreed on this device (the login page shows them first otherwise). */
export const deviceAgreedTerms = () => read(KEYS.device) === consentVersion('terms');

/** The person agreed on the login page: remembered for the device and for this login attempt. */
export function agreeTermsBeforeLogin(now = Date.now()): void {
  Taro.setStorageSync(KEYS.device, consentVersion('terms'));
  Taro.setStorageSync(KEYS.attempt, `${consentVersion('terms')}@${now}`);
}

/** Whether the terms were agreed in the login attempt now finishing; the mark is used up. */
export function takeLoginAgreement(now = Date.now()): boolean {
  const mark = read(KEYS.attempt);
  Taro.removeStorageSync(KEYS.attempt);
  const at = mark.lastIndexOf('@');
  return at > 0 && mark.slice(0, at) === consentVersion('terms') && now - Number(mark.slice(at + 1)) < ATTEMPT_MS;
}

/** What the server said is agreed, for the signed-in user, kept for this app session. */
let known: { userId: string; agreed: Set<ConsentPurpose> } | null = null;

/** Forget what was read (sign-in, sign-out, a withdrawal). */
export function forgetConsents(): void {
  known = null;
}

/** Whether the signed-in user has agreed to `purpose` in its version in force (one GET per app session). */
export async function isAgreed(purpose: ConsentPurpose): Promise<boolean> {
  const userId = getSessionUser()?.id ?? '';
  if (!known || known.userId !== userId) {
    const state = await getConsents({ silent: true });
    known = { userId, agreed: new Set(state.purposes.filter((p) => !p.needed).map((p) => p.purpose)) };
  }
  return known.agreed.has(purpose);
}

/** POST /me/consents for `purpose`; then it counts as agreed for this session. */
export async function recordAgreement(purpose: ConsentPurpose): Promise<void> {
  const state = await agreeConsent(purpose);
  known = {
    userId: getSessionUser()?.id ?? '',
    agreed: new Set(state.purposes.filter((p) => !p.needed).map((p) => p.purpose)),
  };
}
