import { type FastifyPluginAsync } from 'fastify';
import { startHousekeeping } from './sweep';

export { sweepOnce, type SweepResult } from './sweep';

/** Housekeeping: no routes; the job that removes old Idempotency-Keys, leases of crashed writers and uploads no case used. */
const housekeepingModule: FastifyPluginAsync = async (app) => {
  startHousekeeping(app, app.config.HOUSEKEEPING_INTERVAL_MS);
};

export default housekeepingModule;
