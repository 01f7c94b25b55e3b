import { type Connection } from 'mongoose';

interface Entry<V> {
  token: string;
  value: V;
  storedAt: number;
}

/**
 * A bounded in-process cache whose entries are valid only with the change
 * token they were computed under (change-tokens.ts) and for at most `ttlMs`
 * (what depends on the clock, like a light, and a change whose token a crashed
 * writer never replaced, are recomputed within that time). Least recently
 * used entries leave first. Values are shared: callers must not change them.
 */
export class TokenCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, token: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.token !== token || now - entry.storedAt > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last, so the oldest is the first in iteration order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, token: string, value: V, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { token, value, storedAt: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const perConnection = new WeakMap<Connection, Map<string, TokenCache<unknown>>>();

/** The cache `name` of this database connection (each app instance has its own connection). */
export function tokenCacheOf<V>(conn: Connection, name: string, maxEntries: number, ttlMs: number): TokenCache<V> {
  let caches = perConnection.get(conn);
  if (!caches) {
    caches = new Map();
    perConnection.set(conn, caches);
  }
  let cache = caches.get(name);
  if (!cache) {
    cache = new TokenCache<unknown>(maxEntries, ttlMs);
    caches.set(name, cache);
  }
  return cache as TokenCache<V>;
}
