import { useCallback } from 'react';
import { type HallGroup } from '@onetrip/shared';
import { useResource, type ResourceView } from '@/hooks/use-resource';
import { listItems } from '@/services/catalog';
import { listHallGroups } from '@/services/hall-clerk';
import { type Clerk } from '../common/kinds';
import { servedGroups } from './console-state';

/** A department's items are few; pages of 50 until all are read, at most this many. */
const MAX_ITEM_PAGES = 10;

/** The catalog codes of a department's items (`GET /items?department=`). */
async function departmentItems(department: string): Promise<Set<string>> {
  const codes = new Set<string>();
  for (let page = 1; page <= MAX_ITEM_PAGES; page += 1) {
    const list = await listItems({ department, page, pageSize: 50 });
    for (const item of list.items) codes.add(item.code);
    if (page * 50 >= list.total) break;
  }
  return codes;
}

export interface HallGroups {
  /** every group (where a ticket may be sent on to) */
  all: HallGroup[];
  /** the groups the clerk calls for */
  served: HallGroup[];
}

/** The hall's groups and those the clerk serves (`servedGroups`); the BFF still answers 403 for others. */
export function useServedGroups(clerk: Clerk): ResourceView<HallGroups> {
  return useResource(
    useCallback(async () => {
      const [all, items] = await Promise.all([
        listHallGroups(),
        clerk.kind === 'department' && clerk.department
          ? departmentItems(clerk.department)
          : Promise.resolve(new Set<string>()),
      ]);
      return { all, served: servedGroups(all, clerk, items) };
    }, [clerk]),
  );
}
