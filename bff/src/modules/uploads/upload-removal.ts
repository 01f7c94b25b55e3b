import mongoose, { type Connection } from 'mongoose';
import { type FileStorage } from '../../lib/storage/storage';
import { fileLease, tryUploadLease, uploadLease } from './upload-leases';
import { uploadModel, type UploadRecord } from './uploads.model';

export type Removal = 'removed' | 'gone' | 'in-use';

/**
 * Removes an upload that no case uses, and its file when no other upload has
 * the same content. Re-reads the upload under its lease (the one
 * `markUploadsUsed` holds), so an upload attached meanwhile is never removed.
 * `ownerId`: only if it is theirs (else 'gone').
 */
async function removeUnderLease(
  conn: Connection,
  storage: FileStorage,
  uploadId: string,
  ownerId?: string,
): Promise<Removal> {
  const Uploads = uploadModel(conn);
  const current = await Uploads.findById(uploadId).lean<UploadRecord>();
  if (!current || (ownerId && current.ownerId.toHexString() !== ownerId)) return 'gone';
  if (current.usedBy.length) return 'in-use';
  await fileLease(conn, current.sha256, async () => {
    await Uploads.deleteOne({ _id: current._id });
    if ((await Uploads.countDocuments({ sha256: current.sha256 })) === 0) await storage.remove(current.storageKey);
  });
  return 'removed';
}

/** For DELETE /uploads/:id: waits for an attach in progress. */
export const removeUnusedUpload = (conn: Connection, storage: FileStorage, uploadId: string, ownerId: string) =>
  uploadLease(conn, uploadId, () => removeUnderLease(conn, storage, uploadId, ownerId));

/** How many stale uploads one housekeeping pass removes at most (the next pass goes on). */
const SWEEP_BATCH = 500;

/**
 * For housekeeping: removes uploads no case uses that were stored more than
 * `ttlMs` ago (file and record). An upload being attached right now is left
 * (its lease is held) and looked at again next pass. Returns how many went.
 */
export async function removeStaleUploads(
  conn: Connection,
  storage: FileStorage,
  ttlMs: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - ttlMs);
  const stale = await uploadModel(conn)
    .find({ usedBy: [], createdAt: mongoose.trusted({ $lt: cutoff }) }, { _id: 1 })
    .limit(SWEEP_BATCH)
    .lean();
  let removed = 0;
  let firstError: unknown = null;
  for (const { _id } of stale) {
    const id = _id.toHexString();
    try {
      if ((await tryUploadLease(conn, id, () => removeUnderLease(conn, storage, id))) === 'removed') removed += 1;
    } catch (err) {
      // One unreadable record or file must not keep the others: go on, then report it (the pass logs it).
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
  return removed;
}
