import { useCallback } from 'react';
import { type HallGroup } from '@onetrip/shared';
import { findGroupFor } from '@/services/hall-groups';
import { useResource } from './use-resource';

/**
 * The window group handling one of `items` (预约办理 on a guide and a case), or null when none does or
 * the list cannot be read: the entry is an extra, so a failure only leaves it out.
 */
export function useHallGroupFor(items: readonly string[]): HallGroup | null {
  const key = items.join(',');
  const group = useResource(useCallback(() => (key ? findGroupFor(key.split(',')) : Promise.resolve(null)), [key]));
  return group.data ?? null;
}
