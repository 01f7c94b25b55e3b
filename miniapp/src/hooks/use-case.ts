import { useCallback } from 'react';
import { type ApplicationView } from '@onetrip/shared';
import { getApplication } from '@/services/applications';
import { useVersionedRecord, type VersionedRecord } from './use-versioned-record';

export const CONFLICT_MESSAGE = '内容已更新，已为您刷新';

export type CaseState = VersionedRecord<ApplicationView>;

/**
 * One of the user's cases, loaded on open and again whenever the page is shown again (coming back from
 * a step may have changed its version); writes go through `write` with `If-Match`.
 */
export function useCase(id: string): CaseState {
  const load = useCallback(() => getApplication(id), [id]);
  return useVersionedRecord(load, { conflictMessage: CONFLICT_MESSAGE, reloadOnShow: true });
}
