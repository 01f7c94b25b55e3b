/**
 * What a window QR code (`kind: 'window'`) points to: a window group's code
 * alone — the hall's code for taking a ticket of that group — or the group and
 * one of its windows, `<group>:<window>` (`zonghe:A03`), printed above that
 * window. Both open the window page. Plain patterns, no schema: the
 * mini-program reads them too.
 */
export interface WindowQrTarget {
  group: string;
  /** absent on the hall's code of the group */
  window?: string;
}

/** The same patterns as the hall schemas' `HallGroupCode` and `WindowNumber`. */
const GROUP = /^[a-z][a-z0-9-]{1,31}$/;
const WINDOW = /^[A-Z][0-9]{2,3}$/;

export function windowQrTarget(group: string, window?: string): string {
  return window ? `${group}:${window}` : group;
}

/** The group and window a window code names, or null when the target is not of that form. */
export function parseWindowQrTarget(target: string): WindowQrTarget | null {
  const [group = '', window, ...rest] = target.split(':');
  if (rest.length > 0 || !GROUP.test(group)) return null;
  if (window === undefined) return { group };
  return WINDOW.test(window) ? { group, window } : null;
}
