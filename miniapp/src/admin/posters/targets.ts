import { type PosterKind } from '@onetrip/shared';
import { listChains, listItems } from '@/services/catalog';
import { listHallGroups } from '@/services/hall-groups';

/** Something a code can open, as the page offers it. */
export interface TargetOption {
  /** what POST /admin/qrcodes takes as `target`: an item's or chain's code, `group` or `group:window` */
  value: string;
  label: string;
  desc: string;
}

const LIMIT = 20;

const matches = (q: string, ...texts: string[]) => !q || texts.some((t) => t.toLowerCase().includes(q.toLowerCase()));

/**
 * The targets of a kind matching `q`: items (GET /items, name or pinyin initials), chains
 * (GET /chains), and window groups with each of their windows (GET /hall/groups, the hall's
 * configuration: a group's code takes a ticket of the group, `group:window` is above one window).
 */
export async function findTargets(kind: PosterKind, q: string): Promise<TargetOption[]> {
  const text = q.trim();
  if (kind === 'item') {
    const { items } = await listItems({ q: text || undefined, pageSize: LIMIT });
    return items.map((i) => ({ value: i.code, label: i.name, desc: `${i.department} · ${i.code}` }));
  }
  if (kind === 'chain') {
    const { items } = await listChains({ q: text || undefined });
    return items
      .slice(0, LIMIT)
      .map((c) => ({ value: c.code, label: c.name, desc: `${c.leadDepartment} · ${c.code}` }));
  }
  const { items: groups } = await listHallGroups();
  return groups
    .flatMap((g) => [
      { value: g.code, label: `${g.name}（本组取号）`, desc: g.hall },
      ...g.windows.map((w) => ({ value: `${g.code}:${w}`, label: `${g.name} ${w} 号窗口`, desc: g.hall })),
    ])
    .filter((o) => matches(text, o.label, o.value, o.desc))
    .slice(0, LIMIT);
}
