import { type Model, type UpdateQuery } from 'mongoose';
import { documentKey, tryWithLease, withLease } from './lease';
import { TIMING, type Timing } from './timing';

/**
 * Compare-and-set on a versioned document: applies `update` only if the
 * document still has `expectedVersion`, and increments `version` in the same
 * single-document update, under the document's lease. Returns the updated
 * document, or null when the version is stale or another writer kept the
 * document past the wait — both mean "someone else won" (409
 * VERSION_CONFLICT for a person; read again and retry for a job).
 */
export async function updateVersioned<T extends { version: number }>(
  model: Model<T>,
  id: string,
  expectedVersion: number,
  update: UpdateQuery<T>,
  timing: Timing = TIMING.write,
): Promise<T | null> {
  const inc = { ...((update.$inc as Record<string, number> | undefined) ?? {}), version: 1 };
  return tryWithLease(
    model.db,
    documentKey(model.collection.collectionName, id),
    async () =>
      model
        .findOneAndUpdate({ _id: id, version: expectedVersion }, { ...update, $inc: inc } as UpdateQuery<T>, {
          new: true,
          writeConcern: { w: 'majority' },
        })
        .lean<T>(),
    timing,
  );
}

/**
 * A change of a document that is not a new version of it (bookkeeping such as
 * an outbox entry marked sent): `plan` reads what it needs and returns the
 * update with the result to give back, or null to write nothing; both run
 * under the document's lease, so nothing comes between the check and the
 * write, and `version` (and `updatedAt`) stay as they are — a version bump
 * seconds after every transition would turn the next If-Match into a 409.
 * Throws LeaseBusyError when another writer keeps the document past the wait.
 */
export async function updateUnversioned<T, R>(
  model: Model<T>,
  id: string,
  plan: () => Promise<{ update: UpdateQuery<T>; result: R } | null>,
  timing: Timing = TIMING.patient,
): Promise<R | null> {
  return withLease(
    model.db,
    documentKey(model.collection.collectionName, id),
    async () => {
      const planned = await plan();
      if (!planned) return null;
      await model.updateOne({ _id: id } as never, planned.update, {
        timestamps: false,
        writeConcern: { w: 'majority' },
      });
      return planned.result;
    },
    timing,
  );
}
