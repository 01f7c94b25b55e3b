/** The health check (`GET /api/v1/health`): registered on its own, before the modules, without authentication. */
export { default } from './health.routes';
