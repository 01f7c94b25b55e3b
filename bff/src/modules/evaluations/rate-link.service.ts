import { type FastifyInstance } from 'fastify';
import { type EvaluationBody, type EvaluationView, type RateLinkView } from '@onetrip/shared';
import { applicationModel, isRateTokenShape, rateTokenHash, type ApplicationRecord } from '../applications';
import { createEvaluation } from './evaluation.service';
import { evaluationModel } from './evaluation.model';
import { EvaluationErrors } from './evaluations.errors';

/**
 * The completed case a texted token opens: looked up by the token's keyed
 * hash, only while the link has not expired or been used. Anything else —
 * a malformed, forged, expired or spent token — is the same 404, so the
 * answer says nothing about which.
 */
async function caseOfToken(app: FastifyInstance, token: string, now = new Date()): Promise<ApplicationRecord> {
  if (!isRateTokenShape(token)) throw EvaluationErrors.linkNotFound();
  const record = await applicationModel(app.db)
    .findOne({ 'ratingLink.hash': rateTokenHash(app.pii, token) })
    .lean<ApplicationRecord>();
  const link = record?.ratingLink;
  if (!record || !link || link.expiresAt.getTime() <= now.getTime() || record.status !== 'completed') {
    throw EvaluationErrors.linkNotFound();
  }
  return record;
}

/**
 * `GET /rate/:token` (public, rate-limited): what the rating page shows —
 * the case number, the items and when it was completed; no name, phone or
 * ID (whoever holds the text may not be the applicant). `rated`: the case
 * was rated already (in the app).
 * Outcomes: the view; 404 NOT_FOUND for any token that does not open a link.
 */
export async function rateLinkInfo(app: FastifyInstance, token: string): Promise<RateLinkView> {
  const record = await caseOfToken(app, token);
  const rated = (await evaluationModel(app.db).countDocuments({ caseId: record._id.toHexString() })) > 0;
  return {
    number: record.number ?? '—',
    itemNames: record.items.map((i) => i.name),
    completedAt: (record.completedAt ?? record.updatedAt).toISOString(),
    rated,
  };
}

/**
 * `POST /rate/:token` (public, rate-limited): the rating of the case the
 * token opens, created exactly like the in-app one (a score of 1–2 opens a
 * follow-up). The unique `caseId` of the evaluation is the guard; the link's
 * hash is removed afterwards with the `evaluated` event, so the token then
 * answers 404.
 * Outcomes: 201 the rating; 404 NOT_FOUND (unknown, expired or used token);
 * 409 INVALID_STATE when the case was already rated (in the app, or by a
 * second request with the same token at the same moment).
 */
export async function rateByLink(app: FastifyInstance, token: string, body: EvaluationBody): Promise<EvaluationView> {
  const record = await caseOfToken(app, token);
  return createEvaluation(app, record, body, { clearRateLink: true });
}
