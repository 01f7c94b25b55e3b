import Taro from '@tarojs/taro';
import { type HallGroup, type StaffTicketView, type TicketStatus } from '@onetrip/shared';
import { type Clerk } from '../common/kinds';

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  waiting: '等候中',
  called: '已呼叫',
  serving: '办理中',
  done: '已办结',
  no_show: '已过号',
  transferred: '已转组',
  cancelled: '已取消',
};

/**
 * The groups the clerk calls for, as the BFF decides who serves a group: a comprehensive window every
 * group of its hall; a department window the groups with one of its department's items
 * (`departmentItems`: the catalog's codes of that department). A results window calls for none.
 */
export function servedGroups(groups: HallGroup[], clerk: Clerk, departmentItems: ReadonlySet<string>): HallGroup[] {
  if (clerk.kind === 'comprehensive') return groups.filter((g) => clerk.hall !== '' && g.hall === clerk.hall);
  if (clerk.kind === 'department') return groups.filter((g) => g.items.some((code) => departmentItems.has(code)));
  return [];
}

/** Where a ticket may go on: the other groups of its hall (the holder walks to their windows). */
export function transferTargets(groups: HallGroup[], from: HallGroup): HallGroup[] {
  return groups.filter((g) => g.code !== from.code && g.hall === from.hall);
}

/** What each button of the console may do with the ticket at the window now. */
export interface ConsoleButtons {
  next: boolean;
  recall: boolean;
  noShow: boolean;
  transfer: boolean;
  serve: boolean;
  done: boolean;
}

/**
 * A called ticket is recalled, marked no-show, served, sent on or finished; one being served is linked
 * (again), sent on or finished. The next one is called once the window has none in hand.
 */
export function consoleButtons(ticket: StaffTicketView | null, ready: boolean): ConsoleButtons {
  const status = ticket?.status;
  const inHand = status === 'called' || status === 'serving';
  return {
    next: ready && !inHand,
    recall: status === 'called',
    noShow: status === 'called',
    transfer: inHand,
    serve: inHand,
    done: inHand,
  };
}

/** What the console remembers on this device: the group and window chosen, and the ticket in hand. */
export interface ConsoleMemory {
  /** whose memory it is (the session's user): another clerk on the same PC starts afresh */
  user: string;
  group: string;
  window: string;
  ticket: StaffTicketView | null;
}

const KEY = 'onetrip.staff.call';

export function recall(user: string): ConsoleMemory {
  const empty: ConsoleMemory = { user, group: '', window: '', ticket: null };
  const raw: unknown = Taro.getStorageSync(KEY);
  if (typeof raw !== 'string' || !raw) return empty;
  try {
    const kept = JSON.parse(raw) as ConsoleMemory;
    return kept.user === user ? { ...empty, ...kept } : empty;
  } catch {
    return empty;
  }
}

export function remember(memory: ConsoleMemory): void {
  Taro.setStorageSync(KEY, JSON.stringify(memory));
}
