import { type FastifyPluginAsync } from 'fastify';
import { registerUploadAccess } from '../uploads';
import { applicationModel } from './application.model';
import { caseNumberModel, numberHintModel } from './case-number';
import { changeTokenModel } from '../../lib/change-tokens';
import applicationsRoutes from './applications.routes';
import actionsRoutes from './actions.routes';
import progressRoutes from './progress.routes';
import { caseUploadAccess } from './upload-access';

export { applicationModel, type ApplicationRecord } from './application.model';
export { onWithdrawn, type WithdrawHook } from './withdraw-hooks';

/** The cases module: the resident's journey from draft to submitted, and the public progress lookup. */
const applicationsModule: FastifyPluginAsync = async (app) => {
  // The unique number index must exist before the first submit; and every collection a submit or
  // read writes is created now, not by the first of many concurrent requests (FerretDB then creates
  // tables while inserts run, and a burst of first submits was seen to stall there).
  await Promise.all([
    applicationModel(app.db).init(),
    caseNumberModel(app.db).init(),
    numberHintModel(app.db).init(),
    changeTokenModel(app.db).init(),
  ]);
  registerUploadAccess(caseUploadAccess);
  await app.register(applicationsRoutes);
  await app.register(actionsRoutes);
  await app.register(progressRoutes);
};

export default applicationsModule;
