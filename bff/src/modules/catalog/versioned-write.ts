import { createHash } from 'node:crypto';
import { type Model } from 'mongoose';
import { type CatalogEditor } from '@onetrip/shared';
import { CatalogErrors } from './catalog.errors';
import { documentKey, TIMING, tryWithLease } from '../../lib/store';

export type PutOutcome = 'created' | 'replaced' | 'unchanged';

/** JSON with object keys sorted, so equal content always gives the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const contentHash = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

interface Versioned {
  code: string;
  version: number;
  contentHash: string;
}

/** An append-only history record; `(code, version)` is unique. */
export interface HistoryRecord<S> {
  code: string;
  version: number;
  guide: S;
  at: Date;
  /** who published it (an admin, or the system for the seed); absent or null on records from before it was kept */
  by?: CatalogEditor | null;
}

/** A versioned catalog collection, its history, and how a published snapshot becomes the stored document. */
export interface VersionedStore<T extends Versioned, S> {
  model: Model<T>;
  history: Model<HistoryRecord<S>>;
  /** the fields to store for a snapshot, including its `contentHash` */
  toContent(snapshot: S): Record<string, unknown>;
}

/**
 * Writes version `version` of `code` into the main collection (its history
 * record exists already).
 */
async function apply<T extends Versioned, S>(store: VersionedStore<T, S>, code: string, version: number, snapshot: S) {
  const fields = { ...store.toContent(snapshot), version };
  if (version === 1) await store.model.create({ ...fields, code });
  else await store.model.updateOne({ code, version: version - 1 }, { $set: fields });
}

/** Who writes a version and which one they last saw. */
export interface VersionedPut {
  /** the version the writer last saw (If-Match; 0 = absent) */
  ifMatch?: number;
  /** kept in the history record */
  by?: CatalogEditor;
}

/**
 * Creates or replaces `code` with `snapshot`, keeping every version (and who
 * wrote it) in the history, under the lease of `code` (the store's one way to
 * make a write exclusive). Outcomes:
 * - absent → version 1: `created`; same content hash → nothing written: `unchanged`;
 *   otherwise version + 1: `replaced`
 * - `ifMatch` not the current version (0 when absent), or another writer
 *   holding `code` past the wait → VERSION_CONFLICT
 * - a history record of the next version that never reached the main
 *   collection (a writer crashed between the two writes) is applied first
 */
export async function putVersioned<T extends Versioned, S>(
  store: VersionedStore<T, S>,
  code: string,
  snapshot: S,
  put: VersionedPut = {},
): Promise<{ outcome: PutOutcome; doc: T }> {
  const key = documentKey(store.model.collection.collectionName, code);
  const written = await tryWithLease(store.model.db, key, () => putHeld(store, code, snapshot, put), TIMING.write);
  if (!written) throw CatalogErrors.versionConflict();
  return written;
}

async function putHeld<T extends Versioned, S>(
  store: VersionedStore<T, S>,
  code: string,
  snapshot: S,
  { ifMatch, by }: VersionedPut,
): Promise<{ outcome: PutOutcome; doc: T }> {
  let current = await store.model.findOne({ code }).lean<T>();
  const unapplied = await store.history
    .findOne({ code, version: (current?.version ?? 0) + 1 })
    .lean<HistoryRecord<S>>();
  if (unapplied) {
    await apply(store, code, unapplied.version, unapplied.guide);
    // The writer who saw the old version (If-Match) has now missed one.
    if (ifMatch !== undefined) throw CatalogErrors.versionConflict();
    current = await store.model.findOne({ code }).lean<T>();
  }
  const base = current?.version ?? 0;
  if (ifMatch !== undefined && ifMatch !== base) throw CatalogErrors.versionConflict();
  if (current && current.contentHash === store.toContent(snapshot).contentHash)
    return { outcome: 'unchanged', doc: current };
  const version = base + 1;
  await store.history.create({ code, version, guide: snapshot, at: new Date(), by: by ?? null });
  await apply(store, code, version, snapshot);
  const doc = await store.model.findOne({ code, version }).lean<T>();
  if (!doc) throw CatalogErrors.versionConflict();
  return { outcome: version === 1 ? 'created' : 'replaced', doc };
}
