import { type Connection } from 'mongoose';
import { type Role } from '@onetrip/shared';
import { beijingDate } from '../../lib/beijing-date';
import { TIMING, withLease } from '../../lib/store';
import { uploadModel } from './uploads.model';
import { UploadErrors } from './uploads.errors';

export interface QuotaSettings {
  dayBytes: number;
  totalBytes: number;
  workerDayBytes: number;
}

export interface Limits {
  day: number;
  /** null: no total (staff and agents) */
  total: number | null;
}

/** Staff (the counter) and agents upload for many people; their files are the cases' record. */
const WORKER_ROLES: readonly Role[] = ['staff', 'agent'];

export function limitsOf(settings: QuotaSettings, roles: readonly Role[]): Limits {
  const worker = roles.some((r) => WORKER_ROLES.includes(r));
  return worker
    ? { day: settings.workerDayBytes, total: null }
    : { day: settings.dayBytes, total: settings.totalBytes };
}

/** Seconds until the next Beijing midnight, when the day's quota starts again. */
function secondsToBeijingMidnight(now: Date): number {
  const next = Date.parse(`${beijingDate(new Date(now.getTime() + 86_400_000))}T00:00:00+08:00`);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/**
 * What the user has stored today and in all. Read by equality only (`ownerId`, and
 * `day` for today; FerretDB pushes equalities down, not ranges). Uploads stored
 * before the quota have no `day`: they count in the total, not today.
 */
async function usageOf(conn: Connection, ownerId: string, day: string, withTotal: boolean) {
  const Uploads = uploadModel(conn);
  const filter = withTotal ? { ownerId } : { ownerId, day };
  const docs = await Uploads.find(filter, { size: 1, day: 1 }).lean();
  let today = 0;
  let total = 0;
  for (const d of docs) {
    total += d.size;
    if (d.day === day) today += d.size;
  }
  return { today, total };
}

/**
 * Throws 429 QUOTA_EXCEEDED when `size` more bytes would pass the user's day or
 * total quota. With `size` 0 it asks whether anything at all fits (the check
 * made before a body is read). The error carries `retryAfter` (seconds) for the
 * day's quota.
 */
export async function assertQuota(
  conn: Connection,
  limits: Limits,
  ownerId: string,
  size: number,
  now = new Date(),
): Promise<void> {
  const day = beijingDate(now);
  const used = await usageOf(conn, ownerId, day, limits.total !== null);
  const fits = (usedBytes: number, limit: number) => (size === 0 ? usedBytes < limit : usedBytes + size <= limit);
  if (!fits(used.today, limits.day)) throw UploadErrors.dayQuota(limits.day, secondsToBeijingMidnight(now));
  if (limits.total !== null && !fits(used.total, limits.total)) throw UploadErrors.totalQuota(limits.total);
}

/**
 * Runs `store` (which inserts the upload) only if `size` fits the quota, holding
 * the user's quota lease from the check to the insert: FerretDB's update filters
 * are no compare-and-set, so without the lease two parallel uploads could both
 * read the same usage and both pass the last megabytes.
 */
export function withinQuota<T>(
  conn: Connection,
  limits: Limits,
  ownerId: string,
  size: number,
  store: () => Promise<T>,
): Promise<T> {
  return withLease(
    conn,
    `upload-quota:${ownerId}`,
    async () => {
      await assertQuota(conn, limits, ownerId, size);
      return store();
    },
    TIMING.file,
  );
}

/** The `day` an upload stored now counts for. */
export const uploadDay = (now = new Date()) => beijingDate(now);
