import { type FastifyPluginAsync } from 'fastify';
import authorizationsRoutes from './authorizations.routes';

/**
 * 授权委托 (issue 6): the resident's consent to an agent's case — confirmed in
 * the resident's own WeChat, or a signed paper form staff check at
 * acceptance; revocable by the resident until acceptance. Stored in the case
 * document, so its schema, rules and views belong to the applications module
 * (the case's owner); this module serves the authorization endpoints (README.md). Registered after the applications module.
 */
const authorizationsModule: FastifyPluginAsync = async (app) => {
  await app.register(authorizationsRoutes);
};

export default authorizationsModule;
