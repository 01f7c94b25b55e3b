import { type FastifyPluginAsync } from 'fastify';
import { consentModel } from './consents.model';
import privacyRoutes from './privacy.routes';

/**
 * The privacy module (README.md): the legal texts, the person's consents, what is held about
 * them, its export, and the account's deletion — over the data other modules own, through
 * their `index.ts`.
 */
const privacyModule: FastifyPluginAsync = async (app) => {
  await consentModel(app.db).init();
  await app.register(privacyRoutes);
};

export default privacyModule;
