import mongoose, { type Connection } from 'mongoose';
import { parseWindowQrTarget, type PosterKind } from '@onetrip/shared';
import { chainModel } from './chain.model';
import { itemModel } from './item.model';

/** What a code opens, as a poster and the console name it. */
export interface QrTargetTitle {
  title: string;
  /** a window's hall (the group's) */
  hall?: string;
  /** a window group's enquiry line */
  phone?: string;
}

const keyOf = (kind: PosterKind, target: string) => `${kind}:${target}`;

interface GroupFields {
  _id: string;
  name?: string;
  hall?: string;
  phone?: string;
  windows?: string[];
}

/**
 * The titles of codes' targets: an item's or chain's name, a window group's name (and the window's
 * number). Three reads at most, whatever the number of codes. The window groups are the hall's
 * (`hall_groups`, read directly by `_id`: the hall module depends on this one, and registers only
 * a yes/no check of its targets). A target that no longer exists has no title.
 */
export async function qrTargetTitles(
  conn: Connection,
  targets: ReadonlyArray<{ kind: PosterKind; target: string }>,
): Promise<Map<string, QrTargetTitle>> {
  const of = (kind: PosterKind) => [...new Set(targets.filter((t) => t.kind === kind).map((t) => t.target))];
  const windows = of('window').map((target) => ({ target, parsed: parseWindowQrTarget(target) }));
  const groupCodes = [...new Set(windows.flatMap((w) => (w.parsed ? [w.parsed.group] : [])))];
  const [items, chains, groups] = await Promise.all([
    of('item').length
      ? itemModel(conn)
          .find({ code: mongoose.trusted({ $in: of('item') }) }, 'code name')
          .lean()
      : [],
    of('chain').length
      ? chainModel(conn)
          .find({ code: mongoose.trusted({ $in: of('chain') }) }, 'code name')
          .lean()
      : [],
    groupCodes.length
      ? conn
          .collection<GroupFields>('hall_groups')
          .find({ _id: { $in: groupCodes } }, { projection: { name: 1, hall: 1, phone: 1, windows: 1 } })
          .toArray()
      : [],
  ]);
  const titles = new Map<string, QrTargetTitle>();
  for (const item of items as Array<{ code: string; name: string }>)
    titles.set(keyOf('item', item.code), { title: item.name });
  for (const chain of chains as Array<{ code: string; name: string }>)
    titles.set(keyOf('chain', chain.code), { title: chain.name });
  const byCode = new Map(groups.map((g) => [g._id, g]));
  for (const { target, parsed } of windows) {
    const group = parsed ? byCode.get(parsed.group) : undefined;
    if (!group?.name || (parsed?.window && !group.windows?.includes(parsed.window))) continue;
    titles.set(keyOf('window', target), {
      title: parsed?.window ? `${group.name} ${parsed.window} 号窗口` : group.name,
      ...(group.hall ? { hall: group.hall } : {}),
      ...(group.phone ? { phone: group.phone } : {}),
    });
  }
  return titles;
}

export const titleOf = (titles: Map<string, QrTargetTitle>, kind: PosterKind, target: string) =>
  titles.get(keyOf(kind, target));
