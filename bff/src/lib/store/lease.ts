import { Schema, type Connection } from 'mongoose';
import { backoff, type Timing } from './timing';
import { insertUnique } from './unique';
import { ownerAlive, ownerOf } from './liveness';

/**
 * A short exclusive lease on one key, taken by inserting `{_id: key}` into
 * `write_leases`: the unique `_id` lets exactly one concurrent taker win on
 * MongoDB and on FerretDB alike.
 *
 * Why: FerretDB 1.24 does not evaluate a `findOneAndUpdate`/`updateOne`
 * filter atomically with the write (measured: four concurrent updates guarded
 * on `{version: 1}` all "succeed" in 29 of 30 trials), so a version guard in
 * the filter alone is no compare-and-set there. Under the lease, the guarded
 * update is the only writer of that document.
 */
const leaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'write_leases', versionKey: false },
);

export const leaseModel = (conn: Connection) => conn.model('WriteLease', leaseSchema);

/** The lease key of one document: `<collection>:<id>`. */
export const documentKey = (collection: string, id: string) => `${collection}:${id}`;

export class LeaseBusyError extends Error {
  constructor(readonly key: string) {
    super(`write lease ${key} is held by another writer`);
  }
}

async function acquire(conn: Connection, key: string, ttlMs: number): Promise<string | null> {
  const Lease = leaseModel(conn);
  const owner = ownerOf();
  if (await insertUnique(Lease, { _id: key, owner, expiresAt: new Date(Date.now() + ttlMs) })) return owner;
  const held = await Lease.findById(key).lean();
  if (held && (held.expiresAt.getTime() < Date.now() || !(await ownerAlive(conn, held.owner)))) {
    // Taken over from a crashed writer (past its time-out, or its copy is gone: liveness.ts):
    // remove exactly that lease, then race for a new one.
    await Lease.deleteOne({ _id: key, owner: held.owner });
  }
  return null;
}

/**
 * Runs `fn` holding the lease `key`; throws LeaseBusyError when another writer
 * keeps it longer than `timing.waitMs`. The lease is released even when `fn` throws.
 */
export async function withLease<T>(conn: Connection, key: string, fn: () => Promise<T>, timing: Timing): Promise<T> {
  const { waitMs, ttlMs } = timing;
  const deadline = Date.now() + waitMs;
  let owner = await acquire(conn, key, ttlMs);
  while (!owner && Date.now() < deadline) {
    await backoff();
    owner = await acquire(conn, key, ttlMs);
  }
  if (!owner) throw new LeaseBusyError(key);
  try {
    return await fn();
  } finally {
    await leaseModel(conn).deleteOne({ _id: key, owner });
  }
}

/** Like `withLease`, but another writer holding the lease past the wait gives null instead of an error. */
export async function tryWithLease<T>(
  conn: Connection,
  key: string,
  fn: () => Promise<T>,
  timing: Timing,
): Promise<T | null> {
  try {
    return await withLease(conn, key, fn, timing);
  } catch (err) {
    if (err instanceof LeaseBusyError) return null;
    throw err;
  }
}
