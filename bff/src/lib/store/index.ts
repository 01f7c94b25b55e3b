/**
 * The store: the one way to make a write exclusive on this database, on
 * FerretDB 1.x (whose update filters are not compare-and-set) and on MongoDB
 * alike. Two primitives, both built on a unique insert:
 * - `insertUnique`: a record that exists once (a case number, an idempotency
 *   key, a rating, a catalog version);
 * - `withLease`: a short exclusive hold on one key, under which
 *   `updateVersioned` applies a version-guarded update (`version` + 1) and
 *   `updateUnversioned` bookkeeping that is not a new version.
 * Timeouts live in `timing.ts`.
 */
export { insertUnique, isDuplicateKey, upsertById } from './unique';
export { documentKey, leaseModel, LeaseBusyError, tryWithLease, withLease } from './lease';
export { updateUnversioned, updateVersioned } from './versioned';
export { backoff, RETRIES, sleep, TIMING, type Timing } from './timing';
export { DEAD_AFTER_MS, ownerAlive, ownerOf, PROCESS_ID, startHeartbeat } from './liveness';
