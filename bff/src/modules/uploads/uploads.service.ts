import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { type FastifyBaseLogger } from 'fastify';
import { type Connection } from 'mongoose';
import { type UploadView } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { type FileCipher } from '../../lib/storage/file-cipher';
import { storageKeyOf, type FileStorage } from '../../lib/storage/storage';
import { type UploadAccess } from './upload-access';
import { fileLease } from './upload-leases';
import { type Limits, uploadDay, withinQuota } from './upload-quota';
import { removeUnusedUpload } from './upload-removal';
import { isStoredInPlain, readStored } from './stored-file';
import { sanitiseUploadName } from './upload-name';
import { type ReceivedFile } from './upload-receive';
import { uploadModel, type UploadRecord } from './uploads.model';
import { UploadErrors } from './uploads.errors';

export function toUploadView(upload: UploadRecord): UploadView {
  const { name, mime, size, sha256 } = upload;
  return { id: upload._id.toHexString(), name, mime, size, sha256 };
}

/**
 * Stores a received (already encrypted) file once per content and records it
 * for its owner, if it fits the owner's quota: the check and the insert run
 * under the owner's quota lease, so parallel uploads are counted exactly.
 * A file of the same content stored before encryption at rest is replaced by
 * this encrypted one. Outcomes: the new upload; 429 QUOTA_EXCEEDED (nothing
 * stored). The temp file is gone afterwards either way.
 */
export async function createUpload(
  conn: Connection,
  storage: FileStorage,
  ownerId: string,
  file: ReceivedFile,
  limits: Limits,
): Promise<UploadView> {
  try {
    const created = await withinQuota(conn, limits, ownerId, file.size, () =>
      fileLease(conn, file.sha256, async () => {
        const plainBefore = await isStoredInPlain(storage, storageKeyOf(file.sha256));
        const storageKey = plainBefore
          ? await storage.replace(file.tempPath, file.sha256)
          : await storage.put(file.tempPath, file.sha256);
        const { mime, size, sha256 } = file;
        const name = sanitiseUploadName(file.filename, mime);
        const Uploads = uploadModel(conn);
        try {
          return await Uploads.create({
            ownerId,
            name,
            mime,
            size,
            sha256,
            storageKey,
            usedBy: [],
            day: uploadDay(),
            sealed: true,
          });
        } catch (err) {
          // No record points to a file stored just now: do not leave it behind.
          if ((await Uploads.countDocuments({ sha256 })) === 0) await storage.remove(storageKey);
          throw err;
        }
      }),
    );
    return toUploadView(created.toObject<UploadRecord>());
  } finally {
    await unlink(file.tempPath).catch(() => undefined);
  }
}

/** The SHA-256 of a stored file's plaintext, or null when it cannot be read or decrypted. */
async function hashStored(storage: FileStorage, cipher: FileCipher, key: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(readStored(storage, cipher, key), hash);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * An upload the user may read, with its file checked against the recorded
 * SHA-256 before anything is sent (the file is read and decrypted twice; files are ≤ 10 MB).
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
  cipher: FileCipher,
  userId: string,
  uploadId: string,
  log: FastifyBaseLogger,
  requestId?: string,
): Promise<UploadRecord> {
  const upload = await uploadModel(conn).findById(uploadId).lean<UploadRecord>();
  const grant = upload ? await access.mayRead(conn, userId, upload) : null;
  if (!upload || !grant) throw UploadErrors.notFound();
  if ((await hashStored(storage, cipher, upload.storageKey)) !== upload.sha256) {
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
  const outcome = await removeUnusedUpload(conn, storage, uploadId, ownerId);
  if (outcome === 'gone') throw UploadErrors.notFound();
  if (outcome === 'in-use') throw UploadErrors.inUse();
}
