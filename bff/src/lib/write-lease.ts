import { randomUUID } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';

/**
 * A short exclusive lease on one document, taken by inserting
 * `{_id: key}` into `write_leases`. The unique `_id` makes exactly one
 * concurrent taker win on MongoDB and on FerretDB alike.
 *
 * Why: FerretDB 1.24 does not evaluate a `findOneAndUpdate`/`updateOne`
 * filter atomically with the write (measured: four concurrent updates guarded
 * on `{version: 1}` all "succeed" in 29 of 30 trials), so a version guard in
 * the filter alone does not make compare-and-set safe there. Under the lease,
 * the version-guarded update is the only writer of that document.
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

export class LeaseBusyError extends Error {
  constructor(readonly key: string) {
    super(`write lease ${key} is held by another writer`);
  }
}

const isDuplicateKey = (err: unknown) => (err as { code?: unknown } | null)?.code === 11000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LeaseOptions {
  /** how long to keep trying when another writer holds the lease (0 = fail at once) */
  waitMs?: number;
  /** a lease older than this was left by a crashed writer and may be taken over */
  ttlMs?: number;
}

async function acquire(conn: Connection, key: string, ttlMs: number): Promise<string | null> {
  const Lease = leaseModel(conn);
  const owner = randomUUID();
  try {
    await Lease.create({ _id: key, owner, expiresAt: new Date(Date.now() + ttlMs) });
    return owner;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const held = await Lease.findById(key).lean();
  if (held && held.expiresAt.getTime() < Date.now()) {
    // Taken over from a crashed writer: remove exactly that stale lease, then race for a new one.
    await Lease.deleteOne({ _id: key, owner: held.owner });
  }
  return null;
}

/**
 * Runs `fn` holding the lease `key`; throws LeaseBusyError when another writer
 * keeps it longer than `waitMs`. The lease is released even when `fn` throws.
 */
export async function withLease<T>(
  conn: Connection,
  key: string,
  fn: () => Promise<T>,
  opts: LeaseOptions = {},
): Promise<T> {
  const { waitMs = 0, ttlMs = 15_000 } = opts;
  const deadline = Date.now() + waitMs;
  let owner = await acquire(conn, key, ttlMs);
  while (!owner && Date.now() < deadline) {
    await sleep(20 + Math.random() * 30);
    owner = await acquire(conn, key, ttlMs);
  }
  if (!owner) throw new LeaseBusyError(key);
  try {
    return await fn();
  } finally {
    await leaseModel(conn).deleteOne({ _id: key, owner });
  }
}
