/**
 * Every wait and time-out of the store, in one place. A writer holding a
 * lease or a claim longer than its `ttlMs` is taken to have crashed; a writer
 * finding one held waits up to `waitMs` before giving up.
 */
export interface Timing {
  /** how long to keep trying while another writer holds it (0 = fail at once) */
  waitMs: number;
  /** a hold older than this was left by a crashed writer and may be taken over */
  ttlMs: number;
}

export const TIMING = {
  /**
   * One document's change: a person's tap, a job's step, a payment notice.
   * Background jobs hold a case for a few milliseconds right after most
   * changes; without a short wait a person's next tap would lose to them and
   * see a false 409. Two writers still cannot both win: the second finds the
   * version moved on once it holds the lease.
   */
  write: { waitMs: 2_000, ttlMs: 15_000 },
  /**
   * A change that should queue rather than fail: a payment notice, a
   * courier's scan, the outbox's bookkeeping, a test fixture.
   */
  patient: { waitMs: 5_000, ttlMs: 15_000 },
  /**
   * A long step only one worker may run: another worker finding it held
   * skips it at once. The time-out is longer than the longest such step
   * (sending a message: two 5 s calls and a few writes; issuing by express:
   * a 5 s waybill call, the QR insert and the case write).
   */
  exclusiveStep: { waitMs: 0, ttlMs: 60_000 },
  /**
   * Recording what already happened outside (a message sent): waits longer
   * than any transition holds a case, because losing it would send twice.
   */
  outcome: { waitMs: 15_000, ttlMs: 15_000 },
  /** Storing a file: the holder streams megabytes to storage under the lease. */
  file: { waitMs: 10_000, ttlMs: 30_000 },
  /** An idempotent request: a duplicate (a double tap) waits for the first to finish. */
  request: { waitMs: 10_000, ttlMs: 60_000 },
} as const satisfies Record<string, Timing>;

/** How often a contended step is tried again before the caller gives up. */
export const RETRIES = 5;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A short random pause, so two retrying writers do not keep colliding. */
export const backoff = () => sleep(20 + Math.random() * 30);
