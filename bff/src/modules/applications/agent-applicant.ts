import { type FastifyInstance } from 'fastify';
import { type ApplicantInput } from '@onetrip/shared';
import { type UserRecord } from '../users';
import { type StationRecord } from './authorization.model';
import { type StoredApplicant } from './application.model';
import { ApplicationErrors } from './application.errors';
import { ownerOfIdNumber } from './case-owner';

/** Who an agent's case is for and who started it, ready to be stored. */
export interface AgentCaseParties {
  ownerId: string;
  applicant: StoredApplicant;
  submittedBy: { role: 'agent'; userId: string; name: string; station: StationRecord };
}

/**
 * The parties of an agent's case (POST /applications with `applicant`). The
 * agent is read again (the role in the token is only a hint) and must hold
 * the agent role with a station, and a verified profile (their real name is
 * shown to the resident). The resident named is checked with the real-name
 * provider, so a mistyped ID number does not put the case in a stranger's
 * name; the case then belongs to the verified user with that ID number
 * (found by its keyed hash), or to `unverified:<hash>` until someone verifies
 * with it.
 *
 * Outcomes: the parties; 403 FORBIDDEN (not an agent); 409 INVALID_STATE (no
 * station, or the agent is not verified); 400 VALIDATION_FAILED (the agent's
 * own ID number; name and ID number do not belong together); 503 when the
 * real-name provider is down. Nothing is written.
 */
export async function agentCaseParties(
  app: FastifyInstance,
  agent: UserRecord,
  input: ApplicantInput,
): Promise<AgentCaseParties> {
  if (!agent.roles.includes('agent')) throw ApplicationErrors.forbidden();
  const profile = agent.profile;
  if (!profile?.verified) throw ApplicationErrors.notVerified();
  if (!agent.station) throw ApplicationErrors.agentWithoutStation();
  const idNumberHash = app.pii.hash(input.idNumber);
  if (idNumberHash === profile.idNumberHash) throw ApplicationErrors.applicantIsAgent();
  if ((await app.realname.verify(input.name, input.idNumber)) === 'mismatch')
    throw ApplicationErrors.applicantMismatch();

  return {
    ownerId: await ownerOfIdNumber(app, idNumberHash),
    applicant: {
      name: input.name,
      idNumberEnc: app.pii.encrypt(input.idNumber),
      idNumberHash,
      phoneEnc: app.pii.encrypt(input.phone),
      phoneHash: app.pii.hash(input.phone),
    },
    submittedBy: {
      role: 'agent',
      userId: agent._id.toHexString(),
      name: profile.name,
      station: { town: agent.station.town, village: agent.station.village },
    },
  };
}
