import { type FastifyPluginAsync } from 'fastify';
import adminRoutes from './admin.routes';
import catalogRoutes from './catalog.routes';
import { chainModel } from './chain.model';
import { chainVersionModel } from './chain-version.model';
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

/** The catalog module: items, chains and QR codes; indexes are built before the first request. */
const catalogModule: FastifyPluginAsync = async (app) => {
  await Promise.all(
    [itemModel, itemVersionModel, chainModel, chainVersionModel, qrcodeModel].map((model) => model(app.db).init()),
  );
  await app.register(catalogRoutes);
  await app.register(adminRoutes);
};

export default catalogModule;
