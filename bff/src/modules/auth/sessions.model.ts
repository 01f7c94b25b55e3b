import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * One login session = one refresh-token family. `_id` is the family id (`sid`
 * in every token of the login); only `currentJti` may be rotated, and the
 * jtis already rotated away are kept to recognise a replayed, stolen token.
 */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    platform: { type: String, required: true },
    currentJti: { type: String, required: true },
    usedJtis: { type: [String], default: [] },
    revokedAt: { type: Date, default: null },
    /** why it ended: `logout`, `reuse` or `account_deleted` */
    revokedReason: { type: String },
    /** slides with each rotation; FerretDB has no TTL index, so it is checked on use */
    expiresAt: { type: Date, required: true },
  },
  { collection: 'sessions', timestamps: true, versionKey: false },
);

/**
 * Append-only facts whose `_id` makes them happen once, even where a guarded
 * update is not atomic (FerretDB's SQLite handler reads and writes an update
 * without a transaction, and writes the whole document back): a refresh
 * token's use (`_id` = jti) and a family's end (`_id` = sid).
 */
const tokenUseSchema = new Schema(
  { _id: { type: String, required: true }, sid: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'refresh_token_uses', versionKey: false },
);
const revocationSchema = new Schema(
  {
    _id: { type: String, required: true },
    reason: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'session_revocations', versionKey: false },
);

export type SessionRecord = InferSchemaType<typeof sessionSchema>;
export type RevokeReason = 'logout' | 'reuse' | 'account_deleted';

export function sessionsModel(conn: Connection) {
  return conn.model('Session', sessionSchema);
}

export function tokenUsesModel(conn: Connection) {
  return conn.model('RefreshTokenUse', tokenUseSchema);
}

export function revocationsModel(conn: Connection) {
  return conn.model('SessionRevocation', revocationSchema);
}
