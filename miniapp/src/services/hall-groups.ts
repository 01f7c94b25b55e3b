import { type HallDaySlots, type HallGroup, type HallGroupDetail, type HallGroupList } from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * The hall's window groups (public reads of API hall routes): the guide and case pages ask which group
 * handles an item (预约办理), the hall subpackage reads one group, its queue today and its slots. Silent:
 * the pages show their own states.
 */
const path = (code: string, rest = '') => `/hall/groups/${encodeURIComponent(code)}${rest}`;

/** GET /hall/groups — every group with its items and windows. */
export function listHallGroups(): Promise<HallGroupList> {
  return request<HallGroupList>('/hall/groups', { silent: true });
}

/** GET /hall/groups/:code — the group, and `today: {date, open, waiting}` by the hall's own clock. */
export function getHallGroup(code: string): Promise<HallGroupDetail> {
  return request<HallGroupDetail>(path(code), { silent: true });
}

/** GET /hall/groups/:code/slots?date= — a day's slots with their remaining seats; `open: false` on a day off. */
export function getDaySlots(code: string, date: string): Promise<HallDaySlots> {
  return request<HallDaySlots>(path(code, `/slots${toQuery({ date })}`), { silent: true });
}

/** The first group handling one of `items` (a case may hold several), or null when no window group does. */
export function groupHandling(groups: readonly HallGroup[], items: readonly string[]): HallGroup | null {
  for (const code of items) {
    const found = groups.find((g) => g.items.includes(code));
    if (found) return found;
  }
  return null;
}

/** The group that handles one of `items`, read from the list; null when none does. */
export async function findGroupFor(items: readonly string[]): Promise<HallGroup | null> {
  return items.length === 0 ? null : groupHandling((await listHallGroups()).items, items);
}
