import { type FastifyPluginAsync } from 'fastify';
import { evaluationModel } from './evaluation.model';
import evaluationsRoutes from './evaluations.routes';
import rateLinkRoutes from './rate-link.routes';

export { evaluationModel, type EvaluationRecord } from './evaluation.model';
export { closeFollowup, listFollowups, followupLight, type FollowupPage } from './followup.service';

/** 好差评: the resident's rating of a completed case, and the staff follow-up (回访) of bad ones. */
const evaluationsModule: FastifyPluginAsync = async (app) => {
  // The unique caseId index must exist before the first rating: it is what allows only one.
  await evaluationModel(app.db).init();
  await app.register(evaluationsRoutes);
  await app.register(rateLinkRoutes);
};

export default evaluationsModule;
