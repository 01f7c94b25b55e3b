import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HolidayCalendar, HolidayCalendarBody, HolidayYearParams } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
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
        response: { 200: HolidayCalendar, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) =>
      putHolidays(app.db, request.params.year, request.body, { userId: authOf(request).id, requestId: request.id }),
  );
};

export default holidaysRoutes;
