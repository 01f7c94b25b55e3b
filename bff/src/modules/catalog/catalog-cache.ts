import { Schema, type Connection } from 'mongoose';

/**
 * The only in-process cache of the BFF: public catalog data (guides, lists,
 * the search index and their serialised answers). Entries are valid for one
 * catalog `revision`; every catalog write bumps the revision in the database,
 * and each BFF copy re-reads it at most once per second. So a copy serves a
 * changed guide at most ~1 s late, and copies need no shared memory.
 */
const metaSchema = new Schema({ _id: String, revision: Number }, { collection: 'catalog_meta', versionKey: false });
const metaModel = (conn: Connection) => conn.model('CatalogMeta', metaSchema);

const REVALIDATE_MS = 1_000;
const MAX_ENTRIES = 5_000;

interface Cache {
  revision: number | null;
  checkedAt: number;
  /** the revision read in flight, shared by every request that finds the check due */
  checking: Promise<void> | null;
  /**
   * Loads are stored as promises the moment they start: concurrent misses share
   * one load, and a load that outlives its revision cannot land in the next
   * revision's entries (the clear removed its promise).
   */
  entries: Map<string, Entry>;
}

interface Entry {
  loading: Promise<unknown>;
  /** set once `loading` has resolved */
  loaded?: { value: unknown };
}

const caches = new WeakMap<Connection, Cache>();

async function checkRevision(conn: Connection, cache: Cache): Promise<void> {
  try {
    const meta = await metaModel(conn).findById('catalog').lean();
    const revision = meta?.revision ?? 0;
    if (revision !== cache.revision) cache.entries.clear();
    cache.revision = revision;
    cache.checkedAt = Date.now();
  } finally {
    cache.checking = null;
  }
}

async function currentCache(conn: Connection): Promise<Cache> {
  let cache = caches.get(conn);
  if (!cache) {
    cache = { revision: null, checkedAt: 0, checking: null, entries: new Map() };
    caches.set(conn, cache);
  }
  if (Date.now() - cache.checkedAt >= REVALIDATE_MS) {
    cache.checking ??= checkRevision(conn, cache);
    await cache.checking;
  }
  return cache;
}

/**
 * `load()` once per catalog revision for `key`, the same object for every
 * caller: callers only read it (what is cached is frozen or serialised). A
 * failed load is not kept, so the next request tries again.
 */
export async function sharedCatalogEntry<T>(conn: Connection, key: string, load: () => Promise<T>): Promise<T> {
  const cache = await currentCache(conn);
  let entry = cache.entries.get(key);
  if (!entry) {
    const { entries } = cache;
    // Many distinct searches must not flush the guides: the oldest entry makes room.
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    const loading = load();
    const created: Entry = { loading };
    entries.set(key, created);
    loading.then(
      (value) => {
        created.loaded = { value };
      },
      () => {
        if (entries.get(key) === created) entries.delete(key);
      },
    );
    entry = created;
  }
  return entry.loading as Promise<T>;
}

/**
 * As sharedCatalogEntry, but the value itself when it is loaded and the
 * revision was checked less than a second ago, which is most requests: they
 * are answered without waiting on a promise.
 */
export function sharedCatalogEntryNowOrLater<T>(conn: Connection, key: string, load: () => Promise<T>): T | Promise<T> {
  const cache = caches.get(conn);
  const loaded = cache && Date.now() - cache.checkedAt < REVALIDATE_MS ? cache.entries.get(key)?.loaded : undefined;
  return loaded ? (loaded.value as T) : sharedCatalogEntry(conn, key, load);
}

/** As sharedCatalogEntry, but each caller gets its own copy to change at will. */
export async function cachedCatalog<T>(conn: Connection, key: string, load: () => Promise<T>): Promise<T> {
  return structuredClone(await sharedCatalogEntry(conn, key, load));
}

/** Call after any catalog write: other copies see the new revision within a second, this one at once. */
export async function catalogChanged(conn: Connection): Promise<void> {
  caches.delete(conn);
  try {
    await metaModel(conn).updateOne({ _id: 'catalog' }, { $inc: { revision: 1 } }, { upsert: true });
  } catch (err) {
    // Two first writers racing on the upsert: the document exists now; bump it.
    if ((err as { code?: unknown }).code !== 11000) throw err;
    await metaModel(conn).updateOne({ _id: 'catalog' }, { $inc: { revision: 1 } });
  }
}
