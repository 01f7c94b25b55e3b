import { canonical } from './versioned-write';

type Guide = Record<string, unknown>;

/** What a guide stored before `fee.due` and `delivery.electronic` meant, so their arrival is not a change. */
function normalised(guide: Guide): Guide {
  const fee = guide.fee as Guide | undefined;
  const delivery = guide.delivery as Guide | undefined;
  return {
    ...guide,
    ...(fee ? { fee: { ...fee, due: fee.due ?? 'submit' } } : {}),
    ...(delivery ? { delivery: { ...delivery, electronic: delivery.electronic ?? false } } : {}),
  };
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** `materials.<code>` for each material added, removed or changed, in the order of the newer guide then the removed. */
function materialChanges(before: unknown, after: unknown): string[] {
  const byCode = (list: unknown) =>
    new Map((Array.isArray(list) ? list : []).map((m) => [String((m as Guide).code), m as unknown]));
  const old = byCode(before);
  const now = byCode(after);
  const changed = [...now].filter(([code, m]) => !old.has(code) || !same(old.get(code), m)).map(([code]) => code);
  const removed = [...old.keys()].filter((code) => !now.has(code));
  return [...changed, ...removed].map((code) => `materials.${code}`);
}

/**
 * The top-level fields in which `after` differs from `before` (every field
 * `after` has when there is no `before`: version 1), in the order of
 * `after`'s fields then the removed ones; `materials` is followed by the
 * material codes added, removed or changed (`materials.id_card`). Content is
 * compared canonically (key order does not matter).
 */
export function guideChanges(before: Guide | null, after: Guide): string[] {
  const now = normalised(after);
  if (!before) return Object.keys(now).filter((key) => now[key] !== undefined);
  const old = normalised(before);
  const keys = [...Object.keys(now), ...Object.keys(old).filter((key) => !(key in now))];
  return keys.flatMap((key) => {
    if (same(old[key] ?? null, now[key] ?? null)) return [];
    return key === 'materials' ? [key, ...materialChanges(old[key], now[key])] : [key];
  });
}
