import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HolidayCalendar, HolidayCalendarBody, HolidayYearParams } from '@onetrip/shared';
import { authOf } from '../../plugins/app/authenticate';
import { putHolidays } from './holidays.service';

/** PUT /admin/holidays/:year — admins only, checked before the body is parsed. */
const holidaysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/admin/holidays/:year',
    {
      onRequest: [app.authenticate, app.requireRole('admin')],
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: HolidayYearParams,
        body: HolidayCalendarBody,
        response: { 200: HolidayCalendar },
      },
    },
    async (request) =>
      putHolidays(app.db, request.params.year, request.body, { userId: authOf(request).id, requestId: request.id }),
  );
};

export default holidaysRoutes;
