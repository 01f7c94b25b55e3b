import { useCallback } from 'react';
import { type StaffQueueRow } from '@onetrip/shared';
import { useResource } from '@/hooks/use-resource';
import { listStaffQueue } from '@/services/staff';

/** Pages of the `followup` queue looked through for one case (50 a page: far more than a department has open). */
const MAX_PAGES = 10;
const PAGE_SIZE = 50;

export type OpenFollowup = StaffQueueRow & { followup: NonNullable<StaffQueueRow['followup']> };

async function findOpenFollowup(caseId: string): Promise<OpenFollowup | null> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const queue = await listStaffQueue({ stage: 'followup', page, pageSize: PAGE_SIZE });
    const row = queue.items.find((r) => r.id === caseId);
    if (row?.followup) return row as OpenFollowup;
    if (page * PAGE_SIZE >= queue.total) break;
  }
  return null;
}

/**
 * The open follow-up (回访) of a case, found in the department's `followup` queue: the API has no read
 * of one follow-up, and the queue carries the rating without the rater. `enabled` is false for a case
 * nobody has rated, so no request is made for it. Undefined until first found; null when the case has no
 * open follow-up (a good rating, one already closed, or a failed read: the case page then shows none).
 */
export function useOpenFollowup(caseId: string, enabled: boolean): OpenFollowup | null | undefined {
  const found = useResource(
    useCallback(() => (enabled ? findOpenFollowup(caseId) : Promise.resolve(null)), [caseId, enabled]),
  );
  return !enabled || found.error ? null : found.data;
}
