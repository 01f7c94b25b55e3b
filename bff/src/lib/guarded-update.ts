import { type Model, type UpdateQuery } from 'mongoose';
import { LeaseBusyError, withLease, type LeaseOptions } from './write-lease';

/**
 * Compare-and-set on a versioned document: applies `update` only if the
 * document still has `expectedVersion`, and increments `version` in the same
 * single-document update. Returns the updated document, or null when the
 * version is stale or another writer is changing the document right now —
 * both mean "someone else won" (409 VERSION_CONFLICT for a person; retry for a job).
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
      opts,
    );
  } catch (err) {
    if (err instanceof LeaseBusyError) return null;
    throw err;
  }
}
