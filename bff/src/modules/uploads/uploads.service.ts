import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { type FastifyBaseLogger } from 'fastify';
import { type Connection } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { TIMING, withLease } from '../../lib/store';
import { recordAudit } from '../audit';
import { type FileStorage } from '../../lib/storage/storage';
import { type UploadAccess } from './upload-access';
import { sanitiseUploadName } from './upload-name';
import { type ReceivedFile } from './upload-receive';
import { uploadModel, type UploadRecord } from './uploads.model';
import { UploadErrors } from './uploads.errors';

/**
 * Storing or removing the file of one hash, together with the documents that
 * point to it, is serialised: otherwise a delete could remove the file that an
 * upload of the same content has just reused.
 */
const fileLease = <T>(conn: Connection, sha256: string, fn: () => Promise<T>) =>
  withLease(conn, `upload-file:${sha256}`, fn, TIMING.file);

export function toUploadView(upload: UploadRecord): UploadView {
  const { name, mime, size, sha256 } = upload;
  return { id: upload._id.toHexString(), name, mime, size, sha256 };
}

/**
 * Stores a received file (once per content) and records it for its owner.
 * Outcomes: the new upload. The temp file is gone afterwards either way.
 */
export async function createUpload(
  conn: Connection,
  storage: FileStorage,
  ownerId: string,
  file: ReceivedFile,
): Promise<UploadView> {
  try {
    const created = await fileLease(conn, file.sha256, async () => {
      const storageKey = await storage.put(file.tempPath, file.sha256);
      const { mime, size, sha256 } = file;
      const name = sanitiseUploadName(file.filename, mime);
      const Uploads = uploadModel(conn);
      try {
        return await Uploads.create({ ownerId, name, mime, size, sha256, storageKey, usedBy: [] });
      } catch (err) {
        // No record points to a file stored just now: do not leave it behind.
        if ((await Uploads.countDocuments({ sha256 })) === 0) await storage.remove(storageKey);
        throw err;
      }
    });
    return toUploadView(created.toObject<UploadRecord>());
  } finally {
    await unlink(file.tempPath).catch(() => undefined);
  }
}

/** The SHA-256 of a stored file, or null when it cannot be read. */
async function hashStored(storage: FileStorage, key: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(storage.createReadStream(key), hash);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * An upload the user may read, with its file checked against the recorded
 * SHA-256 before anything is sent (the file is read twice; files are ≤ 10 MB).
 * Outcomes: the record; 404 NOT_FOUND when it does not exist, the
 * user may not see it, or the stored file is missing or no longer matches its
 * hash — a damaged file is never served, and the mismatch is logged as an error.
 * A read by someone other than the uploader under an audited grant (staff, the
 * agent of a case) is written to the audit log (`upload.read`) before the bytes go out.
 */
export async function openUpload(
  conn: Connection,
  access: UploadAccess,
  storage: FileStorage,
  userId: string,
  uploadId: string,
  log: FastifyBaseLogger,
  requestId?: string,
): Promise<UploadRecord> {
  const upload = await uploadModel(conn).findById(uploadId).lean<UploadRecord>();
  const grant = upload ? await access.mayRead(conn, userId, upload) : null;
  if (!upload || !grant) throw UploadErrors.notFound();
  if ((await hashStored(storage, upload.storageKey)) !== upload.sha256) {
    log.error(
      { action: 'upload-integrity', uploadId, storageKey: upload.storageKey },
      'stored file missing or damaged',
    );
    throw UploadErrors.notFound();
  }
  if (grant.audit !== false) {
    await recordAudit(conn, {
      actor: { userId, role: grant.role, ...(grant.station ? { station: grant.station } : {}) },
      action: 'upload.read',
      ...(grant.caseId ? { caseId: grant.caseId } : {}),
      target: uploadId,
      ...(requestId ? { requestId } : {}),
    });
  }
  return upload;
}

/**
 * Deletes one of the user's uploads, and its file when no other upload has the same content.
 * Outcomes: done; 404 NOT_FOUND (unknown or another user's); 409 INVALID_STATE while a case uses it.
 */
export async function deleteUpload(conn: Connection, storage: FileStorage, ownerId: string, uploadId: string) {
  const Uploads = uploadModel(conn);
  const upload = await Uploads.findOne({ _id: uploadId, ownerId }).lean<UploadRecord>();
  if (!upload) throw UploadErrors.notFound();
  if (upload.usedBy.length) throw UploadErrors.inUse();
  await fileLease(conn, upload.sha256, async () => {
    const { deletedCount } = await Uploads.deleteOne({ _id: uploadId, ownerId, usedBy: [] });
    if (!deletedCount) {
      const still = await Uploads.findOne({ _id: uploadId }).lean<UploadRecord>();
      throw still ? UploadErrors.inUse() : UploadErrors.notFound();
    }
    if ((await Uploads.countDocuments({ sha256: upload.sha256 })) === 0) await storage.remove(upload.storageKey);
  });
}
