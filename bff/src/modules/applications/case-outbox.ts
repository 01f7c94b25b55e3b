import { randomUUID } from 'node:crypto';

/** What happened to a case that its applicant is told about (one message template each). */
export const NOTIFICATION_KINDS = [
  'submitted',
  'accepted',
  'supplement_required',
  'approved',
  'denied',
  'rejected',
  'issued',
  'ready_for_pickup',
  'shipped',
  'delivered',
  'receipt_code',
  'completed',
  'refunded',
  'gap_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** `pending` → `sending` (claimed by one worker attempt) → `sent`; or back to `pending` (retry), or `failed`. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** Values a message needs that the case document does not keep (a pickup or receipt code, a reason). */
export interface OutboxExtra {
  /**
   * pickup code (ready_for_pickup) or receipt code (receipt_code), ENCRYPTED with `app.pii.encrypt` — it
   * stays in the case document until sent; the worker decrypts it in memory only. Removed once sent or failed.
   */
  codeEnc?: string;
  /** the same code in plain text (prefer `codeEnc`); removed once the entry is sent or failed */
  code?: string;
  /** a short reason (supplement_required, denied, rejected); cut to WeChat's limits when sent */
  note?: string;
  /**
   * send as SMS to the case applicant's phone even when the owner has WeChat: an agent's case,
   * whose resident may not know of it yet or have no WeChat (removed once sent or failed)
   */
  sms?: boolean;
  /** a link for the text (an agent's case: the public progress page; removed once sent or failed) */
  link?: string;
  /**
   * the case's single-use rating token (completion: `completed`, `delivered`), ENCRYPTED with
   * `app.pii.encrypt`: the case keeps only its keyed hash, so this is the one copy that can still be
   * texted. The worker decrypts it in memory into the link of the text; removed once sent or failed.
   */
  rateTokenEnc?: string;
  /** in memory only (never stored): the rating link the worker built from `rateTokenEnc` */
  rateLink?: string;
}

/** One message waiting in `applications.outbox[]`, written in the same update as the change it reports. */
export interface OutboxEntry {
  /** UUID v4, 32 hex digits; also the idempotency reference sent with the message */
  id: string;
  kind: NotificationKind;
  at: Date;
  status: OutboxStatus;
  attempts: number;
  nextAt: Date;
  extra?: OutboxExtra;
  /** the worker attempt that holds the entry in `sending` (its idempotency reference is `id`) */
  attemptId?: string | null;
  sendingAt?: Date | null;
  sentAt?: Date | null;
  channel?: 'wechat' | 'sms' | null;
  lastError?: string | null;
}

/** Anything shaped like an update: `$set`, `$push`, `$inc` and the rest. */
export type UpdateLike = Record<string, unknown>;

/**
 * The update fragment that queues one notification for a case: merge it into
 * the transition's own update (`mergeUpdates(update, enqueue(record, 'accepted'))`)
 * so the message is stored in the SAME document write as the change — nothing
 * is lost if the process dies before it is sent. `record` is the case as read
 * before the write (kept for the signature; the worker reads the case again).
 */
export function enqueue(
  _record: unknown,
  kind: NotificationKind,
  extra?: OutboxExtra,
): { $push: { outbox: OutboxEntry }; $set: { outboxPending: true } } {
  const now = new Date();
  const entry: OutboxEntry = {
    // A UUID v4 as 32 hex digits: it fits WeChat's `character_string` (≤ 32), where it travels as our reference.
    id: randomUUID().replaceAll('-', ''),
    kind,
    at: now,
    status: 'pending',
    attempts: 0,
    nextAt: now,
    ...(extra && Object.keys(extra).length ? { extra } : {}),
    attemptId: null,
    sendingAt: null,
    sentAt: null,
    channel: null,
    lastError: null,
  };
  // The flag is the worker's index entry: it finds waiting messages without reading every case.
  return { $push: { outbox: entry }, $set: { outboxPending: true } };
}

type Ops = Record<string, unknown>;
const isObject = (v: unknown): v is Ops => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `$push` values of one path combined: `{ $each: [...] }` holding both sides' values. */
function mergePush(a: unknown, b: unknown): unknown {
  const each = (v: unknown): unknown[] => (isObject(v) && Array.isArray(v.$each) ? v.$each : [v]);
  const mods = (v: unknown): Ops => {
    if (!isObject(v) || !Array.isArray(v.$each)) return {};
    const { $each: _each, ...rest } = v;
    return rest;
  };
  const [ma, mb] = [mods(a), mods(b)];
  if (Object.keys(ma).length || Object.keys(mb).length) {
    throw new Error('mergeUpdates: cannot merge $push modifiers other than $each on the same path');
  }
  return { $each: [...each(a), ...each(b)] };
}

/**
 * Two update objects as one: operators are combined path by path. `$push` to
 * the same array appends both (as `$each`); `$inc` on the same path adds up;
 * the same plain value set twice is kept once; any other operator on the same
 * path twice (a `$set` of one field to two values) throws — that is a bug in the caller, never silently resolved.
 * Plain (non-`$`) top-level keys are refused: they would replace the document.
 */
export function mergeUpdates<A extends UpdateLike, B extends UpdateLike>(a: A, b: B): A & B {
  const out: Ops = {};
  for (const update of [a, b]) {
    for (const [op, fields] of Object.entries(update)) {
      if (!op.startsWith('$')) throw new Error(`mergeUpdates: "${op}" is not an update operator`);
      if (!isObject(fields)) throw new Error(`mergeUpdates: ${op} must be an object`);
      const target = (out[op] ??= {}) as Ops;
      for (const [path, value] of Object.entries(fields)) {
        if (!(path in target)) target[path] = value;
        else if (op === '$push') target[path] = mergePush(target[path], value);
        else if (op === '$inc' && typeof target[path] === 'number' && typeof value === 'number') {
          target[path] = (target[path] as number) + value;
        } else if (target[path] === value && (typeof value !== 'object' || value === null)) {
          // the same plain value twice (two messages each setting `outboxPending: true`) is one
        } else throw new Error(`mergeUpdates: ${op}.${path} is set by both updates`);
      }
    }
  }
  return out as A & B;
}
