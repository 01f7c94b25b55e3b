import { type Model, type UpdateQuery } from 'mongoose';
import { LeaseBusyError, withLease, type LeaseOptions } from './write-lease';

/**
 * How long a write waits for the document's lease by default. Background
 * jobs (the notification worker's bookkeeping) hold a case's lease for a few
 * milliseconds right after most changes; without a short wait a person's next
 * tap would lose to them and see a false 409. Two people still cannot both
 * win: the second one finds the version moved on once it gets the lease.
 */
export const DEFAULT_LEASE_WAIT_MS = 2_000;

/**
 * Compare-and-set on a versioned document: applies `update` only if the
 * document still has `expectedVersion`, and increments `version` in the same
 * single-document update. Returns the updated document, or null when the
 * version is stale or another writer is changing the document right now —
 * both mean "someone else won" (409 VERSION_CONFLICT for a person; retry for a job).
 * `opts.waitMs` defaults to DEFAULT_LEASE_WAIT_MS.
 */
export async function guardedUpdate<T extends { version: number }>(
  model: Model<T>,
  id: string,
  expectedVersion: number,
  update: UpdateQuery<T>,
  opts: LeaseOptions = {},
): Promise<T | null> {
  const inc = { ...((update.$inc as Record<string, number> | undefined) ?? {}), version: 1 };
  try {
    return await withLease(
      model.db,
      `${model.collection.collectionName}:${id}`,
      async () =>
        model
          .findOneAndUpdate({ _id: id, version: expectedVersion }, { ...update, $inc: inc } as UpdateQuery<T>, {
            new: true,
            writeConcern: { w: 'majority' },
          })
          .lean<T>(),
      { waitMs: DEFAULT_LEASE_WAIT_MS, ...opts },
    );
  } catch (err) {
    if (err instanceof LeaseBusyError) return null;
    throw err;
  }
}
