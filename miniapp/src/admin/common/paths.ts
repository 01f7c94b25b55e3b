// Where a value sits in an edited guide: `['materials', 2, 'code']`. The editor reads and writes by
// path, and the problems of a guide (the shared schema's, the server's) name the same paths.

export type Path = ReadonlyArray<string | number>;

export const pathKey = (path: Path): string => path.join('.');

/** `materials.2.code` (the server's `details`) → `['materials', 2, 'code']`; '' → []. */
export function fromDotted(dotted: string): (string | number)[] {
  if (!dotted) return [];
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Whether `path` is `prefix` or lies inside it. */
export function isUnder(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

const isContainer = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

export function getIn(root: unknown, path: Path): unknown {
  let here: unknown = root;
  for (const part of path) {
    if (!isContainer(here)) return undefined;
    here = here[part];
  }
  return here;
}

/**
 * A copy of `root` with `value` at `path`, sharing every untouched branch; `undefined` removes the key
 * (an optional part left empty is absent, as the schema wants it, not an empty string).
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const source: unknown = root;
  if (Array.isArray(source)) {
    const copy = [...(source as unknown[])];
    copy[Number(head)] = setIn(copy[Number(head)], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = isContainer(source) ? { ...source } : {};
  const next = rest.length === 0 ? value : setIn(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The list with the entry at `from` moved to `to` (both inside the list). */
export function moveEntry<T>(list: ReadonlyArray<T>, from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || to < 0 || from >= copy.length || to >= copy.length) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}
