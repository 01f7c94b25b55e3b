import { type FastifyPluginAsync } from 'fastify';
import { complaintHintModel, complaintModel } from './complaint.model';
import { startComplaintMessageWorker } from './complaint-messages';
import complaintsRoutes from './complaints.routes';
import supervisionComplaintsRoutes from './supervision-complaints.routes';
import { complaintUploadAccess } from './upload-access';

export { complaintFigures } from './read.service';
export { sendComplaintMessagesOnce, type ComplaintMessageRun } from './complaint-messages';

/**
 * 投诉建议 (README.md): residents file complaints and suggestions about their cases, a window or the centre;
 * the admin and department heads answer them within 5 working days; the filer is told and rates the answer.
 * Registered after the modules it reads (applications, hall, uploads, users, holidays, notifications, audit).
 */
const complaintsModule: FastifyPluginAsync = async (app) => {
  // The unique number and the equality keys exist before the first filing (FerretDB creates tables lazily).
  await Promise.all([complaintModel(app.db).init(), complaintHintModel(app.db).init()]);
  app.uploadAccess.register(complaintUploadAccess);
  await app.register(complaintsRoutes);
  await app.register(supervisionComplaintsRoutes);
  startComplaintMessageWorker(app, app.config.NOTIFY_WORKER_INTERVAL_MS);
};

export default complaintsModule;
