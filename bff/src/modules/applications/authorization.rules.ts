import { type ApplicationRecord } from './application.types';
import { AuthorizationErrors } from './authorization.errors';

/**
 * The code a one-time notice uses for the authorization of an agent's case
 * (`problems[{materialCode: 'authorization', reason}]`): it refuses the paper
 * authorization, and the agent answers with a new one or a WeChat confirmation.
 */
export const AUTHORIZATION_PROBLEM = 'authorization';

/** Revoking is the resident withdrawing consent: nothing the agent does may carry the case further. */
export function assertNotRevoked(record: ApplicationRecord): void {
  if (record.authorization?.status === 'revoked') throw AuthorizationErrors.revoked();
}

/**
 * What submit and resubmit ask of an agent's case (a resident's own case has
 * no authorization and passes): a WeChat confirmation, or a paper
 * authorization staff have not refused. Outcomes: nothing; 409 INVALID_STATE
 * with the reason (revoked, none yet, paper refused).
 */
export function assertAuthorized(record: ApplicationRecord): void {
  const auth = record.authorization;
  if (!auth) return;
  assertNotRevoked(record);
  if (auth.status === 'confirmed') return;
  if (!auth.paper) throw AuthorizationErrors.missing();
  if (auth.paper.check === 'refused') throw AuthorizationErrors.paperRefused();
}

/**
 * At acceptance staff have checked the paper authorization with the other
 * materials: an unchecked one becomes `accepted`. Outcomes: the fields to set
 * (empty for a resident's case or a confirmed one without paper) and the note
 * for the timeline; 409 INVALID_STATE when there is nothing to accept on
 * (revoked, or neither confirmed nor a paper that is not refused).
 */
export function paperAcceptance(
  record: ApplicationRecord,
  staffId: string,
  at: Date,
): { set: Record<string, unknown>; note?: string } {
  const auth = record.authorization;
  if (!auth) return { set: {} };
  assertNotRevoked(record);
  const paper = auth.paper;
  const paperUsable = paper !== undefined && paper.check !== 'refused';
  if (auth.status !== 'confirmed' && !paperUsable) throw AuthorizationErrors.notAcceptable();
  if (!paper || paper.check !== 'unchecked') return { set: {} };
  return {
    set: {
      'authorization.paper.check': 'accepted',
      'authorization.paper.checkedAt': at,
      'authorization.paper.checkedBy': staffId,
    },
    note: '纸质授权书审核通过',
  };
}

/**
 * A notice naming the authorization refuses the paper one (with the reason
 * as its note), so the agent's resubmission needs a new paper or the
 * resident's WeChat confirmation. Fields to set; empty when there is no paper.
 */
export function paperRefusal(
  record: ApplicationRecord,
  reason: string,
  staffId: string,
  at: Date,
): Record<string, unknown> {
  if (!record.authorization?.paper) return {};
  return {
    'authorization.paper.check': 'refused',
    'authorization.paper.note': reason,
    'authorization.paper.checkedAt': at,
    'authorization.paper.checkedBy': staffId,
  };
}
