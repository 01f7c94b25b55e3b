import { createHash } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { AppError } from './app-error';
import { insertUnique, ownerAlive, ownerOf, sleep, TIMING } from './store';

/**
 * `Idempotency-Key` for writes that must happen once (submit, payments):
 * the first request with a key runs and its answer is stored; the same key
 * again gets that answer; the same key with another request is refused (422).
 * A key is claimed by a unique insert (the store's `insertUnique`), so
 * concurrent duplicates (a double click) cannot both run. Expected failures
 * (4xx) release the key so the client can fix the problem and retry with it.
 *
 * The outcome is stored with the effect it records: `run` gets the key's id
 * and writes it in the same update as its effect (a submit stores it on the
 * case). A request that crashed after its effect but before the key was
 * marked done leaves a `running` key; once that is abandoned (its BFF copy
 * is gone, or it is past the time-out), `recover` finds the effect by the
 * key's id and answers as the first request would have, instead of running
 * again (which would answer "already submitted"); with no effect, it runs.
 */
const keySchema = new Schema(
  {
    _id: { type: String, required: true },
    requestHash: { type: String, required: true },
    state: { type: String, enum: ['running', 'done'], required: true },
    /** the copy running it (`store/liveness.ts`): a key of a copy that died is recovered at once */
    owner: { type: String },
    status: { type: Number },
    response: { type: Schema.Types.Mixed },
    createdAt: { type: Date, required: true },
    /** the UTC day of `createdAt` (YYYY-MM-DD): housekeeping removes old keys a day at a time by equality */
    day: { type: String, index: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
);

/** The UTC day a key belongs to (its housekeeping bucket). */
export const keyDay = (at: Date) => at.toISOString().slice(0, 10);

export const keyModel = (conn: Connection) => conn.model('IdempotencyKey', keySchema);

export interface IdempotentRequest {
  /** what the key is for, e.g. `submit:<caseId>` */
  scope: string;
  userId: string;
  key: string;
  /** everything that makes two requests "the same" */
  request: unknown;
}

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

type Outcome<T> = { status: number; body: T };

export interface IdempotentWork<T> {
  /** the write itself; stores `keyId` with its effect when it can */
  run: (keyId: string) => Promise<Outcome<T>>;
  /** the answer of an effect stored with `keyId`, or null when there is none */
  recover?: (keyId: string) => Promise<Outcome<T> | null>;
}

/**
 * A `running` key nobody will finish: its copy died (seen within seconds, liveness.ts), or it is
 * older than the time-out (a key written before copies named themselves).
 */
async function abandoned(conn: Connection, seen: { owner?: string | null; createdAt: Date }): Promise<boolean> {
  if (Date.now() - seen.createdAt.getTime() > TIMING.request.ttlMs) return true;
  return Boolean(seen.owner) && !(await ownerAlive(conn, seen.owner!));
}

/**
 * Runs `work.run` once per key. Outcomes: the first answer (also to a
 * duplicate that waited for it, `replayed`); 422 IDEMPOTENCY_KEY_REUSED for
 * the key with another request; 409 INVALID_STATE when the first request is
 * still running after the wait.
 */
export async function idempotent<T>(
  conn: Connection,
  req: IdempotentRequest,
  work: IdempotentWork<T>,
): Promise<IdempotentResult<T>> {
  const Keys = keyModel(conn);
  const _id = `${req.scope}:${req.userId}:${req.key}`;
  const requestHash = createHash('sha256')
    .update(JSON.stringify(req.request ?? null))
    .digest('hex');
  const done = async (result: Outcome<T>) =>
    Keys.updateOne({ _id }, { $set: { state: 'done', status: result.status, response: result.body } });
  const deadline = Date.now() + TIMING.request.waitMs;
  const owner = ownerOf();
  for (;;) {
    const createdAt = new Date();
    const claim = { _id, requestHash, state: 'running', owner, createdAt, day: keyDay(createdAt) };
    if (await insertUnique(Keys, claim)) break;
    const seen = await Keys.findById(_id).lean();
    if (!seen) continue;
    if (seen.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (seen.state === 'done') return { status: seen.status ?? 200, body: seen.response as T, replayed: true };
    if (await abandoned(conn, seen)) {
      const recovered = await work.recover?.(_id);
      if (recovered) {
        await done(recovered);
        return { ...recovered, replayed: true };
      }
      await Keys.deleteOne({ _id, state: 'running', createdAt: seen.createdAt });
      continue;
    }
    if (Date.now() > deadline) throw new AppError('INVALID_STATE', '请求正在处理中，请稍后刷新查看');
    await sleep(50);
  }
  try {
    const result = await work.run(_id);
    await done(result);
    return { ...result, replayed: false };
  } catch (err) {
    await Keys.deleteOne({ _id });
    throw err;
  }
}
