import { type CreateOptions, type Model } from 'mongoose';

/** A write refused by a unique index (`E11000`), on MongoDB and FerretDB alike. */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === 11000;

/**
 * Inserts `doc` unless a document with its unique key exists: true when this
 * call inserted it. The one atomic "first writer wins" of both databases
 * (FerretDB 1.x applies neither update filters nor `$inc` upserts atomically),
 * used for leases, case numbers, idempotency keys, ratings and catalog history.
 */
export async function insertUnique<T>(
  model: Model<T>,
  doc: Record<string, unknown>,
  majority = false,
): Promise<boolean> {
  try {
    const options = (majority ? { writeConcern: { w: 'majority' } } : {}) as CreateOptions;
    await model.create([doc as never], options);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/**
 * An upsert that tolerates a concurrent first write: two upserts of a new
 * `_id` racing can both try to insert, and the loser gets a duplicate key;
 * the document exists then, so the update is applied to it.
 */
export async function upsertById<T>(model: Model<T>, _id: string, update: Record<string, unknown>): Promise<void> {
  try {
    await model.updateOne({ _id } as never, update, { upsert: true });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await model.updateOne({ _id } as never, update);
  }
}
