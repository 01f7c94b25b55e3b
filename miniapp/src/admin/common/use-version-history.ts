import { useCallback, useEffect, useRef } from 'react';
import { useResource } from '@/hooks/use-resource';
import { listVersions, type CatalogKind } from '@/services/admin-catalog';

/** The history of an item or chain, read again whenever the version now in force changes (a publish, a save). */
export function useVersionHistory(kind: CatalogKind, code: string, current: number | undefined) {
  const versions = useResource(useCallback(() => listVersions(kind, code), [kind, code]));
  const { retry } = versions;
  const readAt = useRef(current);
  useEffect(() => {
    if (readAt.current === current) return;
    readAt.current = current;
    retry();
  }, [current, retry]);
  return versions;
}
