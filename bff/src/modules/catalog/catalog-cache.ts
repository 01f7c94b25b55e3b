import { Schema, type Connection } from 'mongoose';

/**
 * The only in-process cache of the BFF: public catalog data (guides, lists).
 * Entries are valid for one catalog `revision`; every catalog write bumps the
 * revision in the database, and each BFF copy re-reads it at most once per
 * second. So a copy serves a changed guide at most ~1 s late, and copies need
 * no shared memory. Callers get a copy, so nothing they do can change the cache.
 */
const metaSchema = new Schema({ _id: String, revision: Number }, { collection: 'catalog_meta', versionKey: false });
const metaModel = (conn: Connection) => conn.model('CatalogMeta', metaSchema);

const REVALIDATE_MS = 1_000;
const MAX_ENTRIES = 2_000;

interface Cache {
  revision: number | null;
  checkedAt: number;
  entries: Map<string, unknown>;
}

const caches = new WeakMap<Connection, Cache>();

async function currentCache(conn: Connection): Promise<Cache> {
  let cache = caches.get(conn);
  if (!cache) {
    cache = { revision: null, checkedAt: 0, entries: new Map() };
    caches.set(conn, cache);
  }
  if (Date.now() - cache.checkedAt >= REVALIDATE_MS) {
    const meta = await metaModel(conn).findById('catalog').lean();
    const revision = meta?.revision ?? 0;
    if (revision !== cache.revision) cache.entries.clear();
    cache.revision = revision;
    cache.checkedAt = Date.now();
  }
  return cache;
}

/** `load()` once per catalog revision for `key`. */
export async function cachedCatalog<T>(conn: Connection, key: string, load: () => Promise<T>): Promise<T> {
  const cache = await currentCache(conn);
  if (!cache.entries.has(key)) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
    cache.entries.set(key, await load());
  }
  return structuredClone(cache.entries.get(key) as T);
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
