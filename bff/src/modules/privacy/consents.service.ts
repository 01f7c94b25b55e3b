import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import {
  CONSENT_DOCUMENTS,
  CONSENT_PURPOSES,
  CONSENT_TITLES,
  consentVersion,
  LEGAL_TEXTS,
  type ConsentBody,
  type ConsentPurpose,
  type ConsentRecordView,
  type ConsentState,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { recordAudit } from '../audit';
import { loadSignedInUser } from '../users';
import { consentModel, type ConsentRecord } from './consents.model';
import { PrivacyErrors } from './privacy.errors';

const viewOf = (r: ConsentRecord): ConsentRecordView => ({
  purpose: r.purpose as ConsentPurpose,
  version: r.version,
  action: r.action as ConsentRecordView['action'],
  at: r.at.toISOString(),
});

/** The person's consent records, newest first. */
export async function consentHistory(conn: Connection, userId: string): Promise<ConsentRecord[]> {
  const found = await consentModel(conn).find({ userId }).lean<ConsentRecord[]>();
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || (b._id.toHexString() < a._id.toHexString() ? -1 : 1));
}

/** The last choice about `purpose`, if any (history is newest first). */
const lastOf = (history: ConsentRecord[], purpose: ConsentPurpose) => history.find((r) => r.purpose === purpose);

/** What the person agreed to, per purpose, against the versions in force. */
export function stateOf(history: ConsentRecord[]): ConsentState {
  return {
    purposes: CONSENT_PURPOSES.map((purpose) => {
      const version = consentVersion(purpose);
      const last = lastOf(history, purpose);
      const agreed = last?.action === 'agreed' ? { version: last.version, at: last.at.toISOString() } : null;
      return {
        purpose,
        title: CONSENT_TITLES[purpose],
        version,
        documents: CONSENT_DOCUMENTS[purpose].map((kind) => ({
          kind,
          title: LEGAL_TEXTS[kind].title,
          version: LEGAL_TEXTS[kind].version,
        })),
        agreed,
        needed: agreed?.version !== version,
      };
    }),
    history: history.map(viewOf),
  };
}

/** `GET /me/consents`. Outcomes: the state; 401 when the account is gone. */
export async function getConsents(app: FastifyInstance, auth: AuthUser): Promise<ConsentState> {
  await loadSignedInUser(app, auth.id);
  return stateOf(await consentHistory(app.db, auth.id));
}

/**
 * `POST /me/consents` `{purpose, version}`: records that the person agreed to the purpose's
 * texts of the version in force, at this time (audited `consent.agreed`). Agreeing again to
 * what is already agreed records nothing (`created: false`).
 *
 * Outcomes: the state; 409 INVALID_STATE when `version` is not the one in force (the app showed
 * an older text); 401 when the account is gone.
 */
export async function agree(
  app: FastifyInstance,
  auth: AuthUser,
  body: ConsentBody,
  requestId: string,
): Promise<{ state: ConsentState; created: boolean }> {
  await loadSignedInUser(app, auth.id);
  const current = consentVersion(body.purpose);
  if (body.version !== current) throw PrivacyErrors.staleVersion(current);
  const before = await consentHistory(app.db, auth.id);
  const last = lastOf(before, body.purpose);
  if (last?.action === 'agreed' && last.version === current) return { state: stateOf(before), created: false };
  await consentModel(app.db).create({
    userId: auth.id,
    purpose: body.purpose,
    version: current,
    action: 'agreed',
    at: new Date(),
  });
  await recordAudit(app.db, {
    actor: { userId: auth.id, role: 'resident' },
    action: 'consent.agreed',
    target: `${body.purpose}:${current}`,
    requestId,
  });
  return { state: stateOf(await consentHistory(app.db, auth.id)), created: true };
}

/**
 * `DELETE /me/consents/:purpose` (撤回同意): records the withdrawal (audited
 * `consent.withdrawn`); the app asks again before the next use that needs it. What was done
 * before stays lawful; a case already submitted keeps its materials. Withdrawing what is not
 * agreed records nothing. Outcomes: the state; 401 when the account is gone.
 */
export async function withdraw(
  app: FastifyInstance,
  auth: AuthUser,
  purpose: ConsentPurpose,
  requestId: string,
): Promise<ConsentState> {
  await loadSignedInUser(app, auth.id);
  const before = await consentHistory(app.db, auth.id);
  const last = lastOf(before, purpose);
  if (last?.action !== 'agreed') return stateOf(before);
  await consentModel(app.db).create({
    userId: auth.id,
    purpose,
    version: last.version,
    action: 'withdrawn',
    at: new Date(),
  });
  await recordAudit(app.db, {
    actor: { userId: auth.id, role: 'resident' },
    action: 'consent.withdrawn',
    target: `${purpose}:${last.version}`,
    requestId,
  });
  return stateOf(await consentHistory(app.db, auth.id));
}
