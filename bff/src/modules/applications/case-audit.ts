import { type FastifyInstance } from 'fastify';
import { type AuthUser } from '../../plugins/app/authenticate';
import { recordAudit } from '../audit';
import { type ApplicationRecord } from './application.model';
import { isSubmittingAgent } from './case-owner';

/**
 * One audit entry for what an agent did to (or read of) a resident's case:
 * who, as agent, from which station (the case's snapshot: the station the
 * case was started for), which case, what. A resident acting on their own
 * case is not audited here: it is their own data.
 *
 * Call it after the write succeeded, inside an idempotent block where there
 * is one, so a replayed request does not log the action twice.
 */
export async function auditAgentAction(
  app: FastifyInstance,
  auth: AuthUser,
  record: ApplicationRecord,
  action: string,
  target?: string,
): Promise<void> {
  if (!isSubmittingAgent(record, auth)) return;
  const { station } = record.submittedBy;
  await recordAudit(app.db, {
    actor: {
      userId: auth.id,
      role: 'agent',
      ...(station ? { station: { town: station.town, village: station.village } } : {}),
    },
    action,
    caseId: record._id.toHexString(),
    ...(target ? { target } : {}),
  });
}
