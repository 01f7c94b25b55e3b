import { createHash } from 'node:crypto';
import { type Model } from 'mongoose';
import { CatalogErrors } from './catalog.errors';

export type PutOutcome = 'created' | 'replaced' | 'unchanged';

/** An unfinished write (claimed, never applied) older than this was interrupted: roll it forward. */
const STALE_CLAIM_MS = 30_000;

/** JSON with object keys sorted, so equal content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const contentHash = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

const isDuplicateKey = (err: unknown) => (err as { code?: unknown } | null)?.code === 11000;

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
}

/** A versioned catalog collection, its history, and how a published snapshot becomes the stored document. */
export interface VersionedStore<T extends Versioned, S> {
  model: Model<T>;
  history: Model<HistoryRecord<S>>;
  /** the fields to store for a snapshot, including its `contentHash` */
  toContent(snapshot: S): Record<string, unknown>;
}

/**
 * Writes version `version` of `code` into the main collection (the history
 * record of it already exists). The update is filtered on the previous version
 * so a slow writer cannot overwrite a newer one it never saw.
 */
async function apply<T extends Versioned, S>(store: VersionedStore<T, S>, code: string, version: number, snapshot: S) {
  const fields = { ...store.toContent(snapshot), version };
  if (version === 1) await store.model.create({ ...fields, code });
  else await store.model.updateOne({ code, version: version - 1 }, { $set: fields });
}

/**
 * Creates or replaces `code` with `snapshot`, keeping every version in the
 * history. The database's updates are not atomic compare-and-set (FerretDB
 * 1.x), so a writer first claims the next version by inserting its history
 * record, which a unique index lets exactly one writer do. Outcomes:
 * - absent → version 1: `created`; same content hash → nothing written: `unchanged`;
 *   otherwise version + 1: `replaced`
 * - `ifMatch` not the current version (0 when absent), or another writer
 *   claimed the version first → VERSION_CONFLICT
 * - a claim left unapplied for 30 s (a crashed writer) is applied first
 */
export async function putVersioned<T extends Versioned, S>(
  store: VersionedStore<T, S>,
  code: string,
  snapshot: S,
  ifMatch?: number,
  retried = false,
): Promise<{ outcome: PutOutcome; doc: T }> {
  const current = await store.model.findOne({ code }).lean<T>();
  const base = current?.version ?? 0;
  if (ifMatch !== undefined && ifMatch !== base) throw CatalogErrors.versionConflict();
  if (current && current.contentHash === store.toContent(snapshot).contentHash) return { outcome: 'unchanged', doc: current };
  const version = base + 1;
  try {
    await store.history.create({ code, version, guide: snapshot, at: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const claim = await store.history.findOne({ code, version }).lean<HistoryRecord<S>>();
    if (retried || !claim || Date.now() - claim.at.getTime() < STALE_CLAIM_MS) throw CatalogErrors.versionConflict();
    await apply(store, code, version, claim.guide);
    // The writer who saw the old version (If-Match) has now missed one.
    if (ifMatch !== undefined) throw CatalogErrors.versionConflict();
    return putVersioned(store, code, snapshot, undefined, true);
  }
  await apply(store, code, version, snapshot);
  const doc = await store.model.findOne({ code, version }).lean<T>();
  if (!doc) throw CatalogErrors.versionConflict();
  return { outcome: version === 1 ? 'created' : 'replaced', doc };
}
