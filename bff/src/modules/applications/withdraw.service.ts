import { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { canTransition, type ApplicationView } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { eventBy, loadCase } from './case-access';
import { writeCase } from './case-write';
import { auditAgentAction } from './case-audit';

/**
 * `POST /applications/:id/withdraw` (`{reason?}`): → `withdrawn` with a
 * timeline event (the reason as its note), then the app's withdraw hooks
 * (payments closes an unpaid order).
 *
 * Outcomes: the case; 404 NOT_FOUND; 409 INVALID_STATE after acceptance or
 * when already withdrawn; 409 VERSION_CONFLICT when another write won the race.
 * An agent's withdrawal is audited.
 */
export async function withdrawApplication(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  reason: string | undefined,
  log: FastifyBaseLogger,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  // Before acceptance only (draft, submitted, supplement_required): afterwards the centre is working on it.
  if (!canTransition(record.status, 'withdrawn')) throw ApplicationErrors.wrongState('办件已受理或已结束，不能撤回');
  const updated = await writeCase(app, record, {
    $set: { status: 'withdrawn' },
    $push: { timeline: eventBy(record, auth, 'withdrawn', reason) },
  });
  log.info({ action: 'application.withdraw', caseId: id }, 'case withdrawn');
  await auditAgentAction(app, auth, record, 'case.withdrawn');
  await app.withdrawHooks.run(app, updated, log);
  return toApplicationView(app.pii, updated);
}
