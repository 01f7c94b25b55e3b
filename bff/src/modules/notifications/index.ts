import { type FastifyPluginAsync } from 'fastify';
import { startOutboxWorker } from './worker';

export { enqueue, mergeUpdates, NOTIFICATION_KINDS, type NotificationKind, type OutboxEntry } from '../applications';
export { runOutboxOnce, type OutboxRunOptions, type OutboxRunResult } from './worker';
export {
  chaseSms,
  chaseWechatMessage,
  dailySummarySms,
  dailySummaryWechatMessage,
  fit,
  type ChaseNotice,
  type DailySummaryNotice,
} from './messages';
export {
  complaintAnsweredSms,
  complaintAnsweredWechatMessage,
  type ComplaintAnsweredNotice,
} from './complaint-messages';
export { helpLinesOf, helpSentence, helpThing, type HelpLines } from './help-lines';
export { deliverToPerson, type PersonContact, type PersonDelivery, type PersonOutcome } from './person-delivery';

/**
 * The notifications module: no routes; the outbox worker that sends what
 * case transitions queued (`enqueue`) as subscription messages or SMS.
 */
const notificationsModule: FastifyPluginAsync = async (app) => {
  startOutboxWorker(app, app.config.NOTIFY_WORKER_INTERVAL_MS);
};

export default notificationsModule;
