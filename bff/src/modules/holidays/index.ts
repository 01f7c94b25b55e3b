import { type FastifyPluginAsync } from 'fastify';
import holidaysRoutes from './holidays.routes';
import { seedHolidays } from './holidays.service';

export { loadCalendars } from './calendar-cache';

/** The holiday calendar of the working-day clock: PUT /admin/holidays/:year; the shipped years stored at start. */
const holidaysModule: FastifyPluginAsync = async (app) => {
  await seedHolidays(app.db);
  await app.register(holidaysRoutes);
};

export default holidaysModule;
