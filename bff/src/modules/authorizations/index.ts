import { type FastifyPluginAsync } from 'fastify';
import authorizationsRoutes from './authorizations.routes';

export {
  AUTHORIZATION_PROBLEM,
  assertAuthorized,
  assertNotRevoked,
  paperAcceptance,
  paperRefusal,
} from './authorization.rules';

/**
 * 授权委托 (issue 6): the resident's consent to an agent's case — confirmed in
 * the resident's own WeChat, or a signed paper form staff check at
 * acceptance; revocable by the resident until acceptance. Stored in the case
 * document (README.md). Registered after the applications module.
 */
const authorizationsModule: FastifyPluginAsync = async (app) => {
  await app.register(authorizationsRoutes);
};

export default authorizationsModule;
