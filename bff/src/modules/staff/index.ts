import { type FastifyPluginAsync } from 'fastify';
import actionsRoutes from './actions.routes';
import { startDeemedAcceptanceJob } from './deemed-acceptance';
import shipmentUnlockRoutes from './shipment-unlock.routes';
import staffRoutes from './staff.routes';
import staffCertificateRoutes from './certificate.routes';
import verificationRoutes from './verification.routes';
import { staffUploadAccess } from './upload-access';

export { acceptOverdue } from './deemed-acceptance';
export { type StaffContext, assertLead, auditStaff, loadStaffCase, staffContext, staffEvent } from './staff-access';
export { staffViewOf } from './staff-view';
export { withEtag } from './staff.routes';
export { applyChange } from './transition';

/**
 * The window staff's side: queues, the case as staff see it, acceptance,
 * one-time notice, rejection, parallel approval, issue (at the window or by
 * express: the waybill and the shipment) and handover, the unlock of a shipment
 * locked by wrong receipt codes, follow-ups of poor ratings, and the §32
 * deemed-acceptance job. Registered after the applications module.
 */
const staffModule: FastifyPluginAsync = async (app) => {
  app.uploadAccess.register(staffUploadAccess);
  await app.register(staffRoutes);
  await app.register(actionsRoutes);
  await app.register(shipmentUnlockRoutes);
  await app.register(verificationRoutes);
  await app.register(staffCertificateRoutes);
  startDeemedAcceptanceJob(app, app.config.DEEMED_ACCEPTANCE_INTERVAL_MS);
};

export default staffModule;
