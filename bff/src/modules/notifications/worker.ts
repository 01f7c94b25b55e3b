import { randomUUID } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import { LeaseBusyError, TIMING, withLease } from '../../lib/store';
import { applicationModel, type ApplicationRecord, type OutboxEntry } from '../applications';
import { deliver, type Delivery } from './deliver';
import { clearPendingFlag, updateEntry } from './entry-write';

export interface OutboxRunOptions {
  /** the clock of this run (tests move it forward instead of waiting); default: now */
  now?: Date;
  /** at most this many cases per run (default 50) */
  batch?: number;
  /** test hook, after the claim and before the send: throwing here is a worker dying mid-send */
  beforeSend?: (entry: OutboxEntry, caseId: string) => void | Promise<void>;
}

export interface OutboxRunResult {
  sent: number;
  retried: number;
  failed: number;
  /** cases skipped because another worker holds them */
  busy: number;
  errors: number;
}

type Outcome = 'sent' | 'retried' | 'failed' | 'none';

const ENTRIES_PER_CASE = 20;
const MAX_BACKOFF_MS = 3_600_000;

/** Due: pending and its time has come, or left in `sending` by a worker that died more than the send timeout ago. */
export function isDue(entry: OutboxEntry, now: Date, sendTimeoutMs: number): boolean {
  if (entry.status === 'pending') return entry.nextAt.getTime() <= now.getTime();
  if (entry.status === 'sending') return (entry.sendingAt?.getTime() ?? 0) + sendTimeoutMs <= now.getTime();
  return false;
}

/** The retry delay after `attempts` failed sends: base × 2^(attempts−1), at most an hour. */
export const backoffMs = (base: number, attempts: number) =>
  Math.min(base * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_MS);

/** Where the entry goes after one try. */
function settle(app: FastifyInstance, entry: OutboxEntry, delivery: Delivery, now: Date): Partial<OutboxEntry> {
  // Once the entry is done, a pick-up or receipt code it carried has no reason to stay.
  const done = entry.extra ? { extra: entry.extra.note ? { note: entry.extra.note } : {} } : {};
  if (delivery.ok) return { status: 'sent', sentAt: now, channel: delivery.channel, lastError: null, ...done };
  const { NOTIFY_MAX_ATTEMPTS, NOTIFY_BACKOFF_MS } = app.config;
  if (!delivery.retryable || entry.attempts >= NOTIFY_MAX_ATTEMPTS) {
    return { status: 'failed', lastError: delivery.error, ...done };
  }
  const nextAt = new Date(now.getTime() + backoffMs(NOTIFY_BACKOFF_MS, entry.attempts));
  return { status: 'pending', nextAt, lastError: delivery.error };
}

/**
 * One due entry of one case, while holding the claim lease `outbox:<caseId>`:
 * claim it (`sending` + a fresh attemptId, written BEFORE the send), send it,
 * then record the result — only if the claim is still ours.
 */
async function sendNextDue(app: FastifyInstance, caseId: string, now: Date, opts: OutboxRunOptions): Promise<Outcome> {
  const timeout = app.config.NOTIFY_SEND_TIMEOUT_MS;
  const record = await applicationModel(app.db).findById(caseId).lean<ApplicationRecord>();
  const due = record?.outbox?.find((e) => isDue(e, now, timeout));
  if (!record || !due) return 'none';
  const attemptId = randomUUID();
  const claimed = await updateEntry(app, caseId, due.id, (e) => isDue(e, now, timeout), {
    status: 'sending',
    attemptId,
    sendingAt: now,
    attempts: due.attempts + 1,
  });
  if (!claimed) return 'none';
  await opts.beforeSend?.(claimed, caseId);
  const delivery = await deliver(app, record, claimed);
  const next = settle(app, claimed, delivery, now);
  const stored = await updateEntry(app, caseId, due.id, (e) => e.attemptId === attemptId, next, TIMING.outcome);
  const outcome: Outcome = next.status === 'sent' ? 'sent' : next.status === 'failed' ? 'failed' : 'retried';
  app.log[delivery.ok ? 'info' : 'warn'](
    {
      action: 'notify.send',
      caseId,
      entryId: due.id,
      kind: due.kind,
      attempt: claimed.attempts,
      result: stored ? outcome : 'taken_over',
      ...(delivery.ok ? { channel: delivery.channel } : { reason: delivery.error }),
    },
    'outbox entry tried',
  );
  return outcome;
}

/** Every due entry of one case, one claim at a time; another worker on the case → skipped. */
async function drainCase(
  app: FastifyInstance,
  caseId: string,
  now: Date,
  opts: OutboxRunOptions,
  result: OutboxRunResult,
) {
  for (let i = 0; i < ENTRIES_PER_CASE; i += 1) {
    let outcome: Outcome;
    try {
      outcome = await withLease(
        app.db,
        `outbox:${caseId}`,
        () => sendNextDue(app, caseId, now, opts),
        TIMING.exclusiveStep,
      );
    } catch (err) {
      if (err instanceof LeaseBusyError) result.busy += 1;
      else {
        result.errors += 1;
        app.log.warn({ action: 'notify.send', caseId, reason: (err as Error).message }, 'outbox round failed');
      }
      return;
    }
    if (outcome === 'none') break;
    result[outcome] += 1;
  }
  await dropFlagIfDone(app, caseId);
}

/** Clears the case's `outboxPending` once nothing waits; a busy case keeps it for the next pass. */
async function dropFlagIfDone(app: FastifyInstance, caseId: string): Promise<void> {
  try {
    await clearPendingFlag(app, caseId);
  } catch (err) {
    if (err instanceof LeaseBusyError) return;
    app.log.warn({ action: 'notify.flag', caseId, reason: (err as Error).message }, 'outbox flag not cleared');
  }
}

const waiting = (e: OutboxEntry) => e.status === 'pending' || e.status === 'sending';

/**
 * One pass of the outbox worker: every case with an unsent entry that is due
 * (up to `batch` cases). Safe to run in several processes at once: a case is
 * worked on by one lease holder at a time and each entry is claimed by
 * compare-and-set before it is sent. README.md states what is guaranteed.
 */
export async function runOutboxOnce(app: FastifyInstance, opts: OutboxRunOptions = {}): Promise<OutboxRunResult> {
  const now = opts.now ?? new Date();
  const timeout = app.config.NOTIFY_SEND_TIMEOUT_MS;
  const result: OutboxRunResult = { sent: 0, retried: 0, failed: 0, busy: 0, errors: 0 };
  // The flag (set with every queued message, cleared once none waits) finds the cases with an
  // unsent entry through an index; which entries are due is decided here.
  const candidates = applicationModel(app.db)
    .find({ outboxPending: true })
    .select({ outbox: 1 })
    .lean<Pick<ApplicationRecord, '_id' | 'outbox'>[]>()
    .cursor();
  let cases = 0;
  for await (const doc of candidates) {
    if (!doc.outbox?.some((e) => isDue(e, now, timeout))) {
      if (!doc.outbox?.some(waiting)) await dropFlagIfDone(app, doc._id.toHexString());
      continue;
    }
    await drainCase(app, doc._id.toHexString(), now, opts, result);
    cases += 1;
    if (cases >= (opts.batch ?? 50)) break;
  }
  await candidates.close();
  return result;
}

/** Runs runOutboxOnce every `intervalMs` (0 = never), one pass at a time, stopped when the app closes. */
export function startOutboxWorker(app: FastifyInstance, intervalMs: number): void {
  if (intervalMs <= 0) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runOutboxOnce(app)
      .catch((err: unknown) =>
        app.log.warn({ action: 'notify.worker', reason: (err as Error).message }, 'outbox pass failed'),
      )
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
