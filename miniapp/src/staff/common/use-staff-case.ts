import { useCallback } from 'react';
import { type StaffApplicationView } from '@onetrip/shared';
import { useVersionedRecord, type VersionedRecord } from '@/hooks/use-versioned-record';
import { getStaffApplication } from '@/services/staff';

export const CONFLICT_MESSAGE = '办件已被更新，已为您刷新';

export type StaffCaseState = VersionedRecord<StaffApplicationView>;

/** One case as the window sees it (GET /staff/applications/:id); actions go through `write` with `If-Match`. */
export function useStaffCase(id: string): StaffCaseState {
  const load = useCallback(() => getStaffApplication(id), [id]);
  return useVersionedRecord(load, { conflictMessage: CONFLICT_MESSAGE });
}
