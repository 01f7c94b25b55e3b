import { type FastifyPluginAsync } from 'fastify';
import { revocationsModel, sessionsModel, tokenUsesModel } from './sessions.model';
import authRoutes from './auth.routes';
export { sessionsModel } from './sessions.model';

/** The auth module: WeChat login and refresh-token sessions. */
const authModule: FastifyPluginAsync = async (app) => {
  // Indexes exist before the first request, so uniqueness holds from the start.
  await Promise.all([sessionsModel(app.db).init(), tokenUsesModel(app.db).init(), revocationsModel(app.db).init()]);
  await app.register(authRoutes);
};

export default authModule;
