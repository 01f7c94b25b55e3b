import { randomUUID } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';

/**
 * Which BFF copies are alive, so a lease or an Idempotency-Key left by one
 * that died (kill -9, a crashed machine) is taken over within seconds
 * instead of waiting out its time-out: a retry after a crash then proceeds,
 * or answers the first outcome, at once.
 *
 * Every copy has an id for its life (`PROCESS_ID`) and writes `{_id, seenAt}`
 * into `bff_processes` every `BEAT_MS` (one `_id` upsert a second). Holders
 * name their copy (`ownerOf`); a holder whose copy has not been seen for
 * `DEAD_AFTER_MS` — or was never seen — is dead. This copy is alive by
 * definition, so its own leases are never taken from it.
 */
export const PROCESS_ID = randomUUID();
const BEAT_MS = 1_000;
export const DEAD_AFTER_MS = 4_000;

const processSchema = new Schema(
  { _id: { type: String, required: true }, seenAt: { type: Date, required: true } },
  { collection: 'bff_processes', versionKey: false },
);
const processModel = (conn: Connection) => conn.model('BffProcess', processSchema);

/** A holder's name: this copy's id and a token of its own (one per lease or key). */
export const ownerOf = (token: string = randomUUID()) => `${PROCESS_ID}:${token}`;
const processOf = (owner: string) => owner.split(':')[0] ?? '';

async function beat(conn: Connection): Promise<void> {
  await processModel(conn).updateOne({ _id: PROCESS_ID }, { $set: { seenAt: new Date() } }, { upsert: true });
}

/**
 * Starts this copy's heartbeat on `conn` (the db plugin, once per connection);
 * returns the function that stops it. A failed beat (the database away) is
 * simply tried again: others may then think this copy dead, and this copy
 * finds its lease gone when it writes — the version guard keeps that safe.
 */
export async function startHeartbeat(conn: Connection): Promise<() => Promise<void>> {
  await beat(conn).catch(() => undefined);
  const timer = setInterval(() => void beat(conn).catch(() => undefined), BEAT_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    // Leaving cleanly: others may take over what this copy still holds at once.
    await processModel(conn)
      .deleteOne({ _id: PROCESS_ID })
      .catch(() => undefined);
  };
}

/**
 * Whether the copy that wrote `owner` is still alive (this copy always is). An owner written
 * without a copy's id (by a copy from before the heartbeat, during a rolling update) is taken
 * as alive: its time-out alone ends it.
 */
export async function ownerAlive(conn: Connection, owner: string, now = Date.now()): Promise<boolean> {
  if (!owner.includes(':')) return true;
  const id = processOf(owner);
  if (id === PROCESS_ID) return true;
  const seen = await processModel(conn).findById(id).lean();
  return Boolean(seen && now - seen.seenAt.getTime() < DEAD_AFTER_MS);
}
