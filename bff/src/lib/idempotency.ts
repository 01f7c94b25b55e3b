import { createHash } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { AppError } from './app-error';

/**
 * `Idempotency-Key` for writes that must happen once (submit, payments):
 * the first request with a key runs and its answer is stored; the same key
 * again gets that answer; the same key with another request is refused (422).
 * A key is claimed by a unique insert, so concurrent duplicates (a double
 * click) cannot both run. Expected failures (4xx) release the key so the
 * client can fix the problem and retry with it.
 */
const keySchema = new Schema(
  {
    _id: { type: String, required: true },
    requestHash: { type: String, required: true },
    state: { type: String, enum: ['running', 'done'], required: true },
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

/** A running claim older than this belongs to a crashed request and may be taken over. */
const STALE_MS = 60_000;
const WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isDuplicateKey = (err: unknown) => (err as { code?: unknown } | null)?.code === 11000;

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

export async function idempotent<T>(
  conn: Connection,
  req: IdempotentRequest,
  run: () => Promise<{ status: number; body: T }>,
): Promise<IdempotentResult<T>> {
  const Keys = keyModel(conn);
  const _id = `${req.scope}:${req.userId}:${req.key}`;
  const requestHash = createHash('sha256')
    .update(JSON.stringify(req.request ?? null))
    .digest('hex');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const createdAt = new Date();
      await Keys.create({ _id, requestHash, state: 'running', createdAt, day: keyDay(createdAt) });
      break;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const seen = await Keys.findById(_id).lean();
    if (!seen) continue;
    if (seen.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (seen.state === 'done') return { status: seen.status ?? 200, body: seen.response as T, replayed: true };
    if (Date.now() - seen.createdAt.getTime() > STALE_MS) {
      await Keys.deleteOne({ _id, state: 'running', createdAt: seen.createdAt });
      continue;
    }
    if (Date.now() > deadline) throw new AppError('INVALID_STATE', '请求正在处理中，请稍后刷新查看');
    await sleep(50);
  }
  try {
    const result = await run();
    await Keys.updateOne({ _id }, { $set: { state: 'done', status: result.status, response: result.body } });
    return { ...result, replayed: false };
  } catch (err) {
    await Keys.deleteOne({ _id });
    throw err;
  }
}
