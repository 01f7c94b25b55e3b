import { type FastifyPluginAsync } from 'fastify';
import { type Connection } from 'mongoose';
import { type Config } from '../../config';
import adminConsoleRoutes from './admin-console.routes';
import adminRoutes from './admin.routes';
import adminVersionsRoutes from './admin-versions.routes';
import { catalogFileModel } from './catalog-file.model';
import { ensureCatalogFiles as ensureFiles, type SeedCatalogFile } from './catalog-file-seed';
import { catalogFileStore } from './catalog-file-store';
import catalogFilesRoutes from './catalog-files.routes';
import catalogRoutes from './catalog.routes';
import qrcodeAdminRoutes from './qrcode-admin.routes';
import { chainModel } from './chain.model';
import { chainVersionModel } from './chain-version.model';
import { itemDraftModel } from './item-draft.model';
import { itemVersionModel } from './item-version.model';
import { itemModel } from './item.model';
import { qrcodeModel } from './qrcode.model';
export { type ChainDoc, chainModel } from './chain.model';
export { putChain } from './chain.service';
export { toItemGuide } from './item.mappers';
export { findItems, putItem } from './item.service';
export { qrcodeModel } from './qrcode.model';
export { createQrToken, ensureQrToken } from './qrcode.service';
export { QrTargets, type QrTargetCheck } from './qr-targets';
export { type SeedCatalogFile } from './catalog-file-seed';

/**
 * For the demo seed: records its catalog files (样表, 空白表格, 结果样本) that the
 * database does not have yet, drawing only those not stored by an earlier run; how many it recorded.
 */
export const ensureCatalogFiles = (
  app: { db: Connection; config: Pick<Config, 'UPLOAD_DIR' | 'DATA_ENCRYPTION_KEY'> },
  files: readonly SeedCatalogFile[],
) => ensureFiles(app.db, catalogFileStore(app.config), files);

/** The catalog module: items, chains, their drafts, versions and files, and QR codes; indexes are built first. */
const catalogModule: FastifyPluginAsync = async (app) => {
  await Promise.all(
    [itemModel, itemVersionModel, chainModel, chainVersionModel, qrcodeModel, catalogFileModel, itemDraftModel].map(
      (model) => model(app.db).init(),
    ),
  );
  await app.register(catalogRoutes);
  await app.register(adminRoutes);
  await app.register(adminConsoleRoutes);
  await app.register(adminVersionsRoutes);
  await app.register(catalogFilesRoutes);
  await app.register(qrcodeAdminRoutes);
};

export default catalogModule;
