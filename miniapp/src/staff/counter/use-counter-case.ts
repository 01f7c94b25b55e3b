import { useCallback } from 'react';
import { type CounterCaseView } from '@onetrip/shared';
import { useVersionedRecord, type VersionedRecord } from '@/hooks/use-versioned-record';
import { getCounterCase } from '@/services/counter';

export const COUNTER_CONFLICT = '办件已被同事更新，已为您刷新';

export type CounterCaseState = VersionedRecord<CounterCaseView>;

/**
 * One case at the counter (GET /counter/cases/:id), read again when the page is shown again; every
 * write (form, files, originals, delivery, accept, refuse) goes through `write` with `If-Match`,
 * one after another.
 */
export function useCounterCase(id: string): CounterCaseState {
  const load = useCallback(() => getCounterCase(id), [id]);
  return useVersionedRecord(load, { conflictMessage: COUNTER_CONFLICT, reloadOnShow: true });
}
