import { type FastifyPluginAsync } from 'fastify';
import statisticsRoutes from './statistics.routes';

export { centreStatistics } from './statistics.service';

/** The centre's figures (volumes, on-time rate, processing days, ratings) for staff and admin. */
const statisticsModule: FastifyPluginAsync = async (app) => {
  await app.register(statisticsRoutes);
};

export default statisticsModule;
