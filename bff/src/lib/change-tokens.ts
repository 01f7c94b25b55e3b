import { randomUUID } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { upsertById } from './store';

/**
 * Change tokens: one tiny document per thing that is read often and changes
 * seldom (a case, one person's list of cases, a department's queues), holding
 * a random value replaced after every change of it. A copy of the BFF keeps
 * what it computed from the database next to the token it read first
 * (`TokenCache`); the next read costs one `_id` lookup of the token instead of
 * reading the documents again, and a change made through any copy is seen by
 * every copy on its next read.
 *
 * Why: on the local database (FerretDB) the cost of a read grows with the size
 * of the documents returned (measured: a case of 8 KB ≈ 130 reads a second on
 * this machine, a token ≈ 1,000), so lists and queues are not re-read from the
 * cases on every request. On MongoDB the same reads are cheap and the tokens
 * cost one small write per change.
 */
const tokenSchema = new Schema(
  { _id: { type: String, required: true }, t: { type: String, required: true } },
  { collection: 'change_tokens', versionKey: false },
);

export const changeTokenModel = (conn: Connection) => conn.model('ChangeToken', tokenSchema);

/** Replaces the tokens of `keys` (after the change they stand for is written). */
export async function bumpTokens(conn: Connection, keys: readonly string[]): Promise<void> {
  const Tokens = changeTokenModel(conn);
  await Promise.all(
    [...new Set(keys)].map(async (_id) => {
      await upsertById(Tokens, _id, { $set: { t: randomUUID() } });
    }),
  );
}

/** The current tokens of `keys` as one string ('' for a key never changed through the app). Read BEFORE the data. */
export async function readTokens(conn: Connection, keys: readonly string[]): Promise<string> {
  const Tokens = changeTokenModel(conn);
  const found = await Promise.all(keys.map((_id) => Tokens.findById(_id).lean<{ t: string }>()));
  return found.map((doc) => doc?.t ?? '').join('|');
}
