import { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import {
  canTransition,
  type AuthorizationList,
  type AuthorizationListQuery,
  type AuthorizationView,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { recordAudit } from '../audit';
import {
  applicationModel,
  AuthorizationErrors,
  hasAuthorization,
  isSubmittingAgent,
  ownerKeysOf,
  toAuthorizationView,
  transitionCase,
  verifiedHashOf,
  type ApplicationRecord,
  type AuthorizedCase,
  type TimelineEntry,
} from '../applications';
import { AppError } from '../../lib/app-error';

/** The case holding authorization `id`. Outcomes: the case; 404 for an unknown id (or an orphan QR token's). */
async function loadAuthorized(app: FastifyInstance, id: string): Promise<AuthorizedCase> {
  const record = await applicationModel(app.db).findOne({ 'authorization.id': id }).lean<ApplicationRecord>();
  if (!record || !hasAuthorization(record)) throw AuthorizationErrors.notFound();
  return record;
}

/**
 * Who the signed-in user is to this authorization: its agent, the resident
 * named in it (their verified ID number has the applicant's keyed hash), or
 * nobody (→ 404 everywhere).
 */
async function partyOf(
  app: FastifyInstance,
  record: AuthorizedCase,
  auth: AuthUser,
): Promise<'agent' | 'resident' | null> {
  if (isSubmittingAgent(record, auth)) return 'agent';
  const hash = await verifiedHashOf(app, auth.id);
  return hash !== null && hash === record.applicant?.idNumberHash ? 'resident' : null;
}

/**
 * `GET /authorizations/:id`. Outcomes: the view for the resident named in it
 * and for its agent; 404 NOT_FOUND for everyone else (other residents, other
 * agents — of the same station too — staff, couriers) and for an unknown id.
 */
export async function getAuthorization(app: FastifyInstance, auth: AuthUser, id: string): Promise<AuthorizationView> {
  const record = await loadAuthorized(app, id);
  if (!(await partyOf(app, record, auth))) throw AuthorizationErrors.notFound();
  return toAuthorizationView(app.pii, record);
}

/** Statuses after which the case is over: a confirmation would change nothing. */
const CLOSED = new Set(['withdrawn', 'rejected', 'denied', 'completed']);

/** The resident's own event on the case's timeline. */
const residentEvent = (auth: AuthUser, action: string, note?: string): TimelineEntry => ({
  at: new Date(),
  actor: { role: 'resident', userId: auth.id },
  action,
  ...(note ? { note } : {}),
});

/**
 * Re-reads and writes up to three times when someone else wrote the case in
 * between (the agent editing it): the resident holds no version of the case,
 * so their tap should not fail because the agent saved a field meanwhile.
 */
async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'VERSION_CONFLICT') || attempt >= 3) throw err;
    }
  }
}

/**
 * `POST /authorizations/:id/confirm`: the resident named in it agrees, in
 * their own WeChat, that the agent applies for them: `pending` → `confirmed`
 * with an `authorization_confirmed` event, one version-guarded write; audited.
 *
 * Outcomes: the view (also when already confirmed: nothing is written);
 * 403 FORBIDDEN for the agent (an agent never confirms, not even their own
 * authorization); 404 NOT_FOUND for anyone whose verified ID number is not
 * the one named; 409 INVALID_STATE when revoked or the case is over;
 * 409 VERSION_CONFLICT only when three writes in a row lost a race.
 */
export async function confirmAuthorization(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  requestId: string,
): Promise<AuthorizationView> {
  return withRetry(async () => {
    const record = await loadAuthorized(app, id);
    const party = await partyOf(app, record, auth);
    if (party === 'agent') throw AuthorizationErrors.agentCannotConfirm();
    if (party !== 'resident') throw AuthorizationErrors.notFound();
    if (record.authorization.status === 'confirmed') return toAuthorizationView(app.pii, record);
    if (record.authorization.status === 'revoked') throw AuthorizationErrors.revoked();
    if (CLOSED.has(record.status)) throw AuthorizationErrors.caseClosed();
    const at = new Date();
    const updated = await transitionCase(app, record, {
      set: {
        'authorization.status': 'confirmed',
        'authorization.confirmedAt': at,
        'authorization.confirmedBy': auth.id,
      },
      events: [residentEvent(auth, 'authorization_confirmed')],
    });
    await auditResident(app, auth, record, 'authorization.confirmed', requestId);
    return toAuthorizationView(app.pii, updated as AuthorizedCase);
  });
}

/**
 * `POST /authorizations/:id/revoke` (`{reason?}`): the resident withdraws
 * consent before the centre accepted the case. The authorization becomes
 * `revoked` (final) and the case is withdrawn in the SAME write (events
 * `authorization_revoked`, `withdrawn`), so it can no longer be submitted,
 * resubmitted or accepted — also with a paper authorization. The withdraw
 * hooks run after (an unpaid order is closed); audited.
 *
 * Outcomes: the view (also when already revoked: nothing is written);
 * 403 FORBIDDEN for the agent (they withdraw the case instead); 404 NOT_FOUND
 * for anyone not named in it; 409 INVALID_STATE once the case is accepted
 * (or over); 409 VERSION_CONFLICT after three lost races.
 */
export async function revokeAuthorization(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  reason: string | undefined,
  ctx: { requestId: string; log: FastifyBaseLogger },
): Promise<AuthorizationView> {
  const { record, updated } = await withRetry(async () => {
    const found = await loadAuthorized(app, id);
    const party = await partyOf(app, found, auth);
    if (party === 'agent') throw AuthorizationErrors.agentCannotRevoke();
    if (party !== 'resident') throw AuthorizationErrors.notFound();
    if (found.authorization.status === 'revoked') return { record: found, updated: null };
    if (!canTransition(found.status, 'withdrawn')) throw AuthorizationErrors.tooLateToRevoke();
    const at = new Date();
    const written = await transitionCase(app, found, {
      path: ['withdrawn'],
      set: {
        'authorization.status': 'revoked',
        'authorization.revokedAt': at,
        'authorization.revokedBy': auth.id,
        ...(reason ? { 'authorization.revokeReason': reason } : {}),
      },
      events: [
        residentEvent(auth, 'authorization_revoked', reason),
        residentEvent(auth, 'withdrawn', '申请人撤销代办授权'),
      ],
    });
    return { record: found, updated: written as AuthorizedCase };
  });
  if (!updated) return toAuthorizationView(app.pii, record);
  await auditResident(app, auth, record, 'authorization.revoked', ctx.requestId);
  ctx.log.info(
    { action: 'authorization.revoke', caseId: record._id.toHexString() },
    'authorization revoked, case withdrawn',
  );
  await app.withdrawHooks.run(app, updated, ctx.log);
  return toAuthorizationView(app.pii, updated);
}

/**
 * `GET /me/authorizations` (an addition to API.md): every authorization
 * naming the signed-in resident — cases agents started in their name, found
 * by their id or, for cases started before they verified, by their ID
 * number's placeholder owner — newest first, paged.
 */
export async function listMyAuthorizations(
  app: FastifyInstance,
  auth: AuthUser,
  query: AuthorizationListQuery,
): Promise<AuthorizationList> {
  const keys = await ownerKeysOf(app, auth.id);
  const filter = {
    ownerId: mongoose.trusted({ $in: keys }),
    'authorization.id': mongoose.trusted({ $exists: true }),
  };
  const Model = applicationModel(app.db);
  const [records, total] = await Promise.all([
    Model.find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<ApplicationRecord[]>(),
    Model.countDocuments(filter),
  ]);
  return { items: records.filter(hasAuthorization).map((r) => toAuthorizationView(app.pii, r)), total };
}

async function auditResident(
  app: FastifyInstance,
  auth: AuthUser,
  record: AuthorizedCase,
  action: string,
  requestId: string,
): Promise<void> {
  await recordAudit(app.db, {
    actor: { userId: auth.id, role: 'resident' },
    action,
    caseId: record._id.toHexString(),
    target: record.authorization.id,
    requestId,
  });
}
