import { useEffect, useState } from 'react';
import { type CentrePublic } from '@onetrip/shared';
import { getCentre } from '@/services/centre';

/** One read per session: the contact rarely changes, and every page that shows the phones shares it. */
let cached: CentrePublic | undefined;
let pending: Promise<CentrePublic | undefined> | undefined;

function loadCentre(): Promise<CentrePublic | undefined> {
  pending ??= getCentre().then(
    (centre) => (cached = centre),
    () => {
      // A failed read is tried again by the next page that asks.
      pending = undefined;
      return undefined;
    },
  );
  return pending;
}

/**
 * The centre's public contact (`GET /centre`), read once per session; undefined while it loads or when it
 * cannot be read: the phone lines are an extra, so a failure only leaves the centre's line out (12345 stays).
 */
export function useCentre(): CentrePublic | undefined {
  const [centre, setCentre] = useState(cached);
  useEffect(() => {
    if (cached) return undefined;
    let live = true;
    void loadCentre().then((loaded) => {
      if (live && loaded) setCentre(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return centre;
}

/** Tests only: forget the session's copy. */
export function forgetCentre(): void {
  cached = undefined;
  pending = undefined;
}
