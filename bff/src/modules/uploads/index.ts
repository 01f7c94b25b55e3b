import { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { fileCipher } from '../../lib/storage/file-cipher';
import { localDiskStorage } from '../../lib/storage/local-disk';
import { uploadModel } from './uploads.model';
import { removeStaleUploads as removeStaleUploadsOf } from './upload-removal';
import { sealPlainUploads as sealPlainUploadsOf } from './upload-sealing';
import { removeUnusedUploadsOf as removeUnusedUploadsOfIn } from './owner-uploads';
import uploadsRoutes from './uploads.routes';

export { uploadModel, type UploadRecord, type UploadMime } from './uploads.model';
export { UploadAccess, type UploadAccessCheck, type UploadGrant } from './upload-access';
export { assertUsableUploads, markUploadsUsed, unmarkUploadsUsed } from './upload-usage';
export { uploadsOf, type OwnedUpload } from './owner-uploads';
// The pieces the catalog's public files share with uploads: type by content, names, downloads, reading a stored file.
export { sniffMime, SNIFF_BYTES } from './file-type';
export { contentDisposition, sanitiseUploadName } from './upload-name';
export { readStored } from './stored-file';

/** For housekeeping: removes uploads no case uses once older than `UPLOAD_UNATTACHED_TTL_MS`; how many went. */
export const removeStaleUploads = (app: FastifyInstance, now = new Date()) =>
  removeStaleUploadsOf(app.db, localDiskStorage(app.config.UPLOAD_DIR), app.config.UPLOAD_UNATTACHED_TTL_MS, now);

/**
 * For housekeeping: removes temp files of uploads that never finished (a copy that died) once older than the TTL.
 * By the real clock, whatever instant the pass is run as: the files' times are real.
 */
export const removeStaleUploadTemp = (app: FastifyInstance) =>
  localDiskStorage(app.config.UPLOAD_DIR).removeStaleTemp(app.config.UPLOAD_UNATTACHED_TTL_MS);

/** For housekeeping: encrypts a batch of files stored before encryption at rest; how many. */
export const sealPlainUploads = (app: FastifyInstance) =>
  sealPlainUploadsOf(app.db, localDiskStorage(app.config.UPLOAD_DIR), fileCipher(app.config.DATA_ENCRYPTION_KEY));

/** For the privacy module (account deletion): removes the user's uploads no case uses; how many went. */
export const removeUnusedUploadsOf = (app: FastifyInstance, ownerId: string) =>
  removeUnusedUploadsOfIn(app.db, localDiskStorage(app.config.UPLOAD_DIR), ownerId);

/** The uploads module: materials' files (POST/GET/DELETE /uploads), stored through lib/storage. */
const uploadsModule: FastifyPluginAsync = async (app) => {
  await uploadModel(app.db).init();
  const { config } = app;
  await app.register(uploadsRoutes, {
    storage: localDiskStorage(config.UPLOAD_DIR),
    // The data key of `app.pii`; each file gets its own key derived from it (file-cipher.ts).
    cipher: fileCipher(config.DATA_ENCRYPTION_KEY),
    maxBytes: config.UPLOAD_MAX_BYTES,
    quota: {
      dayBytes: config.UPLOAD_QUOTA_DAY_BYTES,
      totalBytes: config.UPLOAD_QUOTA_TOTAL_BYTES,
      workerDayBytes: config.UPLOAD_QUOTA_WORKER_DAY_BYTES,
    },
  });
};

export default uploadsModule;
