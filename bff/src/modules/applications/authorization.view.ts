import { maskIdNumber, maskPhone, type AuthorizationView, type CaseAuthorizationView } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { type ApplicationRecord } from './application.types';
import { type StoredAuthorization } from './authorization.model';

const iso = (d: Date) => d.toISOString();

/** `authorization` of an agent's case in the case views (resident, agent, staff). */
export function caseAuthorizationView(stored: StoredAuthorization): CaseAuthorizationView {
  const { paper } = stored;
  return {
    id: stored.id,
    status: stored.status,
    qrToken: stored.qrToken,
    ...(paper
      ? { paper: { uploadId: paper.uploadId, check: paper.check, ...(paper.note ? { note: paper.note } : {}) } }
      : {}),
  };
}

/** An agent's case with its authorization (what the authorization routes work on). */
export type AuthorizedCase = ApplicationRecord & { authorization: StoredAuthorization };

export const hasAuthorization = (record: ApplicationRecord): record is AuthorizedCase => Boolean(record.authorization);

/**
 * GET /authorizations/:id and the rows of GET /me/authorizations: who asks
 * (the agent's name and station), for whom (masked), for what, and where it
 * stands. The same for the resident and the agent.
 */
export function toAuthorizationView(pii: Pii, record: AuthorizedCase): AuthorizationView {
  const { authorization: auth, applicant, submittedBy } = record;
  const station = submittedBy.station ? { town: submittedBy.station.town, village: submittedBy.station.village } : null;
  return {
    id: auth.id,
    agent: { name: submittedBy.name ?? '', station },
    applicant: applicant
      ? {
          name: applicant.name,
          idNumberMasked: maskIdNumber(pii.decrypt(applicant.idNumberEnc)),
          phoneMasked: maskPhone(pii.decrypt(applicant.phoneEnc)),
        }
      : { name: '', idNumberMasked: '', phoneMasked: '' },
    applicationId: record._id.toHexString(),
    itemNames: record.items.map((i) => i.name),
    ...(record.number ? { caseNumber: record.number } : {}),
    status: auth.status,
    qrToken: auth.qrToken,
    createdAt: iso(auth.createdAt),
    ...(auth.confirmedAt ? { confirmedAt: iso(auth.confirmedAt) } : {}),
    ...(auth.revokedAt ? { revokedAt: iso(auth.revokedAt) } : {}),
  };
}
