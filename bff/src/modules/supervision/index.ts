import { type FastifyPluginAsync } from 'fastify';
import supervisionRoutes from './supervision.routes';
import { startDailySummaryJob } from './daily-summary';
import { staffMessageModel, summaryModel } from './staff-message.model';
import { startStaffMessageWorker } from './staff-messages';

export { sendDailySummaries, type SummaryRun } from './daily-summary';
export { sendStaffMessagesOnce, type StaffMessageRun } from './staff-messages';

/**
 * 效能监察 (README.md): the admin's dashboard of every department's clock, its CSV, the chase (催办) of a case with
 * its messages to the departments' staff, and each working morning's summary to the departments' heads.
 * Registered after the modules it reads (applications, evaluations, users, holidays, notifications).
 */
const supervisionModule: FastifyPluginAsync = async (app) => {
  // The unique keys exist before the first chase or summary (FerretDB creates collections lazily otherwise).
  await Promise.all([staffMessageModel(app.db).init(), summaryModel(app.db).init()]);
  await app.register(supervisionRoutes);
  startStaffMessageWorker(app, app.config.NOTIFY_WORKER_INTERVAL_MS);
  startDailySummaryJob(app, app.config.SUPERVISION_SUMMARY_INTERVAL_MS);
};

export default supervisionModule;
