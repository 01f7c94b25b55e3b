import { useCallback, useRef, useState, type ReactNode } from 'react';
import { type ConsentPurpose } from '@onetrip/shared';
import { toast } from '@/utils/toast';
import { ConsentSheet } from './ConsentSheet';
import { isAgreed, recordAgreement } from './consent-store';
import { CONSENT_COPY } from './texts';

export interface ConsentPrompt {
  /** Resolves true once `purpose` is agreed (asked and recorded now, or before); false on 不同意. */
  ask: (purpose: ConsentPurpose) => Promise<boolean>;
  /** The sheet while asking: render it in the page. */
  sheet: ReactNode;
}

/**
 * Asks a consent before the step that needs it and records it (POST /me/consents) before going
 * on. The server does not refuse the step itself (PUT /me/profile, POST /uploads are fixed by the
 * contract): the app keeps the order.
 */
export function useConsentPrompt(options: { onTabPage?: boolean } = {}): ConsentPrompt {
  const [asking, setAsking] = useState<ConsentPurpose | null>(null);
  const [busy, setBusy] = useState(false);
  const resolver = useRef<((agreed: boolean) => void) | null>(null);

  const ask = useCallback(async (purpose: ConsentPurpose) => {
    // Not known (offline): ask; agreeing again to what is agreed records nothing.
    if (await isAgreed(purpose).catch(() => false)) return true;
    resolver.current?.(false);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
      setAsking(purpose);
    });
  }, []);

  const finish = (agreed: boolean) => {
    resolver.current?.(agreed);
    resolver.current = null;
    setAsking(null);
  };

  const agree = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      await recordAgreement(asking);
      finish(true);
    } catch {
      // request.ts has shown why; the sheet stays for another try.
    } finally {
      setBusy(false);
    }
  };

  const disagree = () => {
    if (asking) toast(CONSENT_COPY[asking].refusal);
    finish(false);
  };

  const sheet = asking ? (
    <ConsentSheet
      purpose={asking}
      busy={busy}
      onTabPage={options.onTabPage}
      onAgree={() => void agree()}
      onDisagree={disagree}
    />
  ) : null;
  return { ask, sheet };
}
