import { type FastifyPluginAsync } from 'fastify';
import { revocationsModel, sessionsModel, tokenUsesModel } from './sessions.model';
import authRoutes from './auth.routes';
import { checkSession } from './session-check';
export { sessionsModel } from './sessions.model';
export { liveSessionsOf, revokeAllSessions, type UserSession } from './user-sessions';

/** The auth module: WeChat login and refresh-token sessions. */
const authModule: FastifyPluginAsync = async (app) => {
  // Indexes exist before the first request, so uniqueness holds from the start.
  await Promise.all([sessionsModel(app.db).init(), tokenUsesModel(app.db).init(), revocationsModel(app.db).init()]);
  // authenticate asks this module whether a token's session is live (a shared registry object).
  app.sessionCheck.check = (claims) => checkSession(app, claims);
  await app.register(authRoutes);
};

export default authModule;
