import mongoose, { type Connection, type Types } from 'mongoose';
import { findEachById, updateEachById } from '../../lib/by-ids';
import { uploadLease } from './upload-leases';
import { uploadModel } from './uploads.model';
import { UploadErrors } from './uploads.errors';

/**
 * For the cases module: every id names an upload of `userId`.
 * Outcomes: resolves; throws `UploadErrors.unusable` (400 VALIDATION_FAILED,
 * details list each bad id) for unknown, malformed or another user's ids.
 */
export async function assertUsableUploads(conn: Connection, userId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const wellFormed = unique.filter((id) => /^[0-9a-f]{24}$/.test(id));
  const found = await findEachById(uploadModel(conn), wellFormed, { ownerId: userId }, { _id: 1 });
  const mine = new Set(found.map((u) => u._id.toHexString()));
  const bad = unique.filter((id) => !mine.has(id));
  if (bad.length) throw UploadErrors.unusable(bad);
}

/**
 * For the cases module: records that case `caseId` uses these uploads, so
 * their owner cannot delete them and housekeeping keeps them (idempotent:
 * `$addToSet`). Call it after assertUsableUploads and before saving the case.
 * Each mark and its check run under the upload's lease, which every removal
 * holds too, so an upload is either marked and kept or already gone.
 * Outcomes: resolves; throws `UploadErrors.unusable` for ids that no longer
 * exist (deleted meanwhile).
 */
export async function markUploadsUsed(conn: Connection, ids: string[], caseId: string | Types.ObjectId): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const caseObjectId = typeof caseId === 'string' ? new mongoose.Types.ObjectId(caseId) : caseId;
  const Uploads = uploadModel(conn);
  const marked = await Promise.all(
    unique.map((id) =>
      uploadLease(conn, id, async () => {
        await Uploads.updateOne({ _id: id }, { $addToSet: { usedBy: caseObjectId } });
        // An upload deleted between the caller's check and this mark must not end up in the case.
        return (await Uploads.exists({ _id: id, usedBy: caseObjectId })) !== null;
      }),
    ),
  );
  const missing = unique.filter((_, i) => !marked[i]);
  if (missing.length) throw UploadErrors.unusable(missing);
}

/** For the cases module: the case no longer uses these uploads (e.g. replaced materials). */
export async function unmarkUploadsUsed(
  conn: Connection,
  ids: string[],
  caseId: string | Types.ObjectId,
): Promise<void> {
  if (!ids.length) return;
  const caseObjectId = typeof caseId === 'string' ? new mongoose.Types.ObjectId(caseId) : caseId;
  await updateEachById(uploadModel(conn), ids, { $pull: { usedBy: caseObjectId } });
}
