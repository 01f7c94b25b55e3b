import { useCallback } from 'react';
import { type MeResponse } from '@onetrip/shared';
import { useResource, type ResourceView } from '@/hooks/use-resource';
import { getMe } from '@/services/auth';
import { getRefreshToken } from '@/services/session';
import { clerkOf, type Clerk } from './kinds';

/**
 * `GET /me` once per login for every staff page (queue, case, calling console, statistics): the kind and
 * hall change only when an admin changes them, and a new login reads them again.
 */
let cached: { session: string; me: Promise<MeResponse> } | null = null;

export function loadClerk(): Promise<Clerk> {
  const session = getRefreshToken();
  if (!cached || cached.session !== session) {
    const me = getMe({ silent: true });
    cached = { session, me };
    // A failed read is not kept: 重试 asks again.
    me.catch(() => {
      if (cached?.me === me) cached = null;
    });
  }
  return cached.me.then(clerkOf);
}

/** Forgets the kept `/me` (tests; a clerk whose kind was just changed reloads the page). */
export function forgetClerk(): void {
  cached = null;
}

/** The signed-in clerk (kind, department, hall) for a staff page. */
export function useClerk(): ResourceView<Clerk> {
  return useResource(useCallback(() => loadClerk(), []));
}
