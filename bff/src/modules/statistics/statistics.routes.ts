import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StatisticsQuery, StatisticsView } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { currentUserOf } from '../users';
import { centreStatistics } from './statistics.service';

/** GET /staff/statistics: staff see their department, admin any or all. */
const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/staff/statistics',
    {
      onRequest: [app.authenticate, app.requireRole('staff', 'admin')],
      schema: {
        tags: ['staff'],
        security: [{ bearer: [] }],
        querystring: StatisticsQuery,
        response: { 200: StatisticsView, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => centreStatistics(app, currentUserOf(request), request.query),
  );
};

export default statisticsRoutes;
