import { useEffect, useState } from 'react';
import { type StaffQueueRow } from '@onetrip/shared';
import { listStaffQueue } from '@/services/staff';

/** Pages of the `followup` queue looked through for one case (50 a page: far more than a department has open). */
const MAX_PAGES = 10;
const PAGE_SIZE = 50;

export type OpenFollowup = StaffQueueRow & { followup: NonNullable<StaffQueueRow['followup']> };

/**
 * The open follow-up (回访) of a case, found in the department's `followup` queue: the API has no read
 * of one follow-up, and the queue carries the rating without the rater. `enabled` is false for a case
 * nobody has rated, so no request is made for it. Resolves to null when the case has no open follow-up
 * (a good rating, one already closed, or a failed read: the case page then shows no follow-up).
 */
export function useOpenFollowup(caseId: string, enabled: boolean): OpenFollowup | null | undefined {
  const [found, setFound] = useState<OpenFollowup | null | undefined>(enabled ? undefined : null);
  useEffect(() => {
    if (!enabled) {
      setFound(null);
      return undefined;
    }
    let stale = false;
    void (async () => {
      try {
        for (let page = 1; page <= MAX_PAGES; page += 1) {
          const queue = await listStaffQueue({ stage: 'followup', page, pageSize: PAGE_SIZE });
          const row = queue.items.find((r) => r.id === caseId);
          if (row?.followup) {
            if (!stale) setFound(row as OpenFollowup);
            return;
          }
          if (page * PAGE_SIZE >= queue.total) break;
        }
        if (!stale) setFound(null);
      } catch {
        if (!stale) setFound(null);
      }
    })();
    return () => {
      stale = true;
    };
  }, [caseId, enabled]);
  return found;
}
