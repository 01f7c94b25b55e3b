import { type FastifyPluginAsync } from 'fastify';
import appointmentsRoutes from './appointments.routes';
import groupsRoutes from './groups.routes';
import { HALL_MODELS } from './hall.model';
import { startReminderJob } from './reminders';
import staffRoutes from './staff.routes';
import ticketsRoutes from './tickets.routes';
import { windowQrTargetExists } from './window-qr';

export { groupVersion as readHallGroupVersion, putGroup as putHallGroup } from './groups.service';
export { runRemindersOnce, type ReminderRunResult } from './reminders';
export { readGroup as readHallGroup } from './groups.service';
export { type GroupRecord as HallGroupRecord } from './hall.model';

/**
 * The service hall (README.md): window groups, appointments by slot, tickets
 * and the clerks' calls, the day's statistics; the day-before reminder job;
 * which window QR codes (`zonghe`, `zonghe:A03`) point somewhere.
 */
const hallModule: FastifyPluginAsync = async (app) => {
  // Unique keys and equality indexes exist before the first request (FerretDB creates tables lazily otherwise).
  await Promise.all(HALL_MODELS.map((model) => model(app.db).init()));
  await app.register(groupsRoutes);
  await app.register(appointmentsRoutes);
  await app.register(ticketsRoutes);
  await app.register(staffRoutes);
  // Window QR codes name a group or one of its windows: the catalog asks here before making one.
  app.qrTargets.register('window', windowQrTargetExists);
  startReminderJob(app, app.config.HALL_REMINDER_INTERVAL_MS);
};

export default hallModule;
