import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HolidayCalendar, HolidayCalendarBody, HolidayYearParams, HolidayYearView } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { putHolidays, readHolidayYear } from './holidays.service';

/** GET /admin/holidays/:year (admin, staff); PUT (admins only, checked before the body is parsed). */
const holidaysRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/holidays/:year',
    {
      onRequest: app.requireRole('admin', 'staff'),
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: HolidayYearParams,
        response: { 200: HolidayYearView, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => readHolidayYear(app.db, request.params.year),
  );

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
