import { type FastifyInstance } from 'fastify';
import { type CaseStatus } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { type ApplicationRecord, type TimelineEntry } from './application.model';
import { ApplicationErrors } from './application.errors';
import { isApplicantOf, isSubmittingAgent } from './case-owner';
import { readCase } from './case-read';

/**
 * Whether the user may see and change the case: the resident it is for
 * (case-owner.ts), or the agent who started it. Nobody else: another agent,
 * even of the same station, neither.
 */
export async function mayActOn(app: FastifyInstance, record: ApplicationRecord, auth: AuthUser): Promise<boolean> {
  return isSubmittingAgent(record, auth) || (await isApplicantOf(app, record, auth.id));
}

/**
 * The case, if the signed-in user may act on it. Outcomes: the record;
 * 404 for an unknown case and for anyone else's alike (never 403).
 */
export async function loadCase(app: FastifyInstance, auth: AuthUser, id: string): Promise<ApplicationRecord> {
  const record = await readCase(app, id);
  if (!record || !(await mayActOn(app, record, auth))) throw ApplicationErrors.notFound();
  return record;
}

/** `If-Match: 3` or `"3"` → 3 (the header schema has checked the form). */
export const versionOf = (ifMatch: string) => Number(ifMatch.replaceAll('"', ''));

/** A stale If-Match is refused before anything is read further or written. */
export function assertVersion(record: ApplicationRecord, ifMatch: string): void {
  if (record.version !== versionOf(ifMatch)) throw ApplicationErrors.versionConflict();
}

const EDITABLE: ReadonlyArray<CaseStatus> = ['draft', 'supplement_required'];

/** Form, materials and delivery change only while the case is with the applicant. */
export function assertEditable(record: ApplicationRecord): void {
  if (!EDITABLE.includes(record.status)) throw ApplicationErrors.notEditable();
}

/** A timeline event by the signed-in user, in the role they act in on this case (an agent with their station). */
export function eventBy(record: ApplicationRecord, auth: AuthUser, action: string, note?: string): TimelineEntry {
  const agent = isSubmittingAgent(record, auth);
  const station = agent ? record.submittedBy.station : undefined;
  const actor = { role: agent ? 'agent' : 'resident', userId: auth.id, ...(station ? { station } : {}) };
  return { at: new Date(), actor, action, ...(note ? { note } : {}) };
}
