import { type Connection } from 'mongoose';
import { type FileStorage } from '../../lib/storage/storage';
import { removeUnusedUpload } from './upload-removal';
import { uploadModel, type UploadRecord } from './uploads.model';

export type OwnedUpload = Pick<UploadRecord, '_id' | 'name' | 'mime' | 'size' | 'usedBy' | 'createdAt'>;

/** For the privacy module: every upload of the user (no bytes), oldest first. */
export async function uploadsOf(conn: Connection, ownerId: string): Promise<OwnedUpload[]> {
  return uploadModel(conn)
    .find({ ownerId })
    .select({ name: 1, mime: 1, size: 1, usedBy: 1, createdAt: 1 })
    .sort({ createdAt: 1 })
    .lean<OwnedUpload[]>();
}

/**
 * For the privacy module (account deletion): removes every upload of the user that no case
 * uses, each under its lease as `DELETE /uploads/:id` does (one being attached right now is
 * kept). Uploads a case uses stay: they are part of that case's record. One that cannot be
 * removed now (its file unreadable) does not stop the others: it is counted in `failed`, and
 * housekeeping's sweep of unused uploads takes it later. Outcomes: how many went, how many failed.
 */
export async function removeUnusedUploadsOf(
  conn: Connection,
  storage: FileStorage,
  ownerId: string,
): Promise<{ removed: number; failed: number }> {
  const unused = await uploadModel(conn).find({ ownerId, usedBy: [] }).select({ _id: 1 }).lean();
  let removed = 0;
  let failed = 0;
  for (const { _id } of unused) {
    try {
      if ((await removeUnusedUpload(conn, storage, _id.toHexString(), ownerId)) === 'removed') removed += 1;
    } catch {
      failed += 1;
    }
  }
  return { removed, failed };
}
