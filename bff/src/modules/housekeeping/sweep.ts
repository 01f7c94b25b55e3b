import { type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import { keyDay, keyModel } from '../../lib/idempotency';
import { leaseModel } from '../../lib/store';
import { removeStaleUploadTemp, removeStaleUploads, sealPlainUploads } from '../uploads';

/** How long an Idempotency-Key keeps its answer: a client retries within minutes, never days. */
export const KEY_RETENTION_DAYS = 2;
/** How far back a sweep looks for days of keys not yet removed (a stack that was off for a while). */
const LOOKBACK_DAYS = 60;
const DAY_MS = 86_400_000;

export interface SweepResult {
  idempotencyKeys: number;
  leases: number;
  /** uploads no case used, removed with their files once a day old */
  uploads: number;
  /** files stored before encryption at rest, encrypted now */
  sealedFiles: number;
  /** temp files of uploads that never finished (a copy died mid-upload), once a day old */
  tempFiles: number;
}

/**
 * One housekeeping pass: Idempotency-Keys of days older than the retention,
 * one equality delete per day (an index on MongoDB and on the local database;
 * a range would read every key), and write leases that expired (left by a
 * writer that crashed; the lease collection holds only those, so it is small),
 * and uploads no case uses once older than a day (an upload a case attaches
 * meanwhile is kept: uploads module, `removeStaleUploads`); and it encrypts a
 * batch of files stored before encryption at rest (`sealPlainUploads`) and
 * removes upload temp files a dead copy left behind.
 * Safe in several copies at once: deletes of what is already gone do nothing.
 */
export async function sweepOnce(app: FastifyInstance, now = new Date()): Promise<SweepResult> {
  const Keys = keyModel(app.db);
  let idempotencyKeys = 0;
  for (let age = KEY_RETENTION_DAYS + 1; age <= LOOKBACK_DAYS; age += 1) {
    const { deletedCount } = await Keys.deleteMany({ day: keyDay(new Date(now.getTime() - age * DAY_MS)) });
    idempotencyKeys += deletedCount;
  }
  const { deletedCount: leases } = await leaseModel(app.db).deleteMany({
    expiresAt: mongoose.trusted({ $lt: new Date(now.getTime() - 60_000) }),
  });
  const uploads = await removeStaleUploads(app, now);
  const sealedFiles = await sealPlainUploads(app);
  const tempFiles = await removeStaleUploadTemp(app);
  return { idempotencyKeys, leases, uploads, sealedFiles, tempFiles };
}

/** Runs sweepOnce every `intervalMs` (0 = never), one pass at a time, stopped when the app closes. */
export function startHousekeeping(app: FastifyInstance, intervalMs: number): void {
  if (intervalMs <= 0) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepOnce(app)
      .then((r) => app.log.info({ action: 'housekeeping', ...r }, 'housekeeping pass'))
      .catch((err: unknown) =>
        app.log.warn({ action: 'housekeeping', reason: (err as Error).message }, 'housekeeping pass failed'),
      )
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
