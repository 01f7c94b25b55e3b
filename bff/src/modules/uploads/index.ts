import { type FastifyPluginAsync } from 'fastify';
import { localDiskStorage } from '../../lib/storage/local-disk';
import { uploadModel } from './uploads.model';
import uploadsRoutes from './uploads.routes';

export { uploadModel, type UploadRecord, type UploadMime } from './uploads.model';
export { UploadAccess, type UploadAccessCheck, type UploadGrant } from './upload-access';
export { assertUsableUploads, markUploadsUsed, unmarkUploadsUsed } from './upload-usage';

/** The uploads module: materials' files (POST/GET/DELETE /uploads), stored through lib/storage. */
const uploadsModule: FastifyPluginAsync = async (app) => {
  await uploadModel(app.db).init();
  const storage = localDiskStorage(app.config.UPLOAD_DIR);
  await app.register(uploadsRoutes, { storage, maxBytes: app.config.UPLOAD_MAX_BYTES });
};

export default uploadsModule;
