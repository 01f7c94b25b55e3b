import { STAFF_PAGES } from '../common/labels';

/** The counter's two pages: 找人 (and choosing the items), and one case at the counter. */
export const COUNTER_PAGES = {
  find: STAFF_PAGES.counter,
  case: (id: string) => `/staff/counter/case/index?id=${encodeURIComponent(id)}`,
} as const;
