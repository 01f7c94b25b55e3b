import { type FastifyPluginAsync } from 'fastify';
import { registerUploadAccess } from '../uploads';
import actionsRoutes from './actions.routes';
import { startDeemedAcceptanceJob } from './deemed-acceptance';
import staffRoutes from './staff.routes';
import { staffUploadAccess } from './upload-access';

export { acceptOverdue } from './deemed-acceptance';

/**
 * The window staff's side: queues, the case as staff see it, acceptance,
 * one-time notice, rejection, parallel approval, issue and handover, and the
 * §32 deemed-acceptance job. Registered after the applications module.
 */
const staffModule: FastifyPluginAsync = async (app) => {
  registerUploadAccess(staffUploadAccess);
  await app.register(staffRoutes);
  await app.register(actionsRoutes);
  startDeemedAcceptanceJob(app, app.config.DEEMED_ACCEPTANCE_INTERVAL_MS);
};

export default staffModule;
