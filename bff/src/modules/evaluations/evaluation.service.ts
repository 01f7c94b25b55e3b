import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import {
  addWorkingDays,
  FOLLOWUP_MAX_SCORE,
  FOLLOWUP_WORKING_DAYS,
  type EvaluationBody,
  type EvaluationView,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { applicationModel, isApplicantOf, retryTransitionCase, type ApplicationRecord } from '../applications';
import { loadCalendars } from '../holidays';
import { evaluationModel } from './evaluation.model';
import { EvaluationErrors } from './evaluations.errors';
import { isDuplicateKey, TIMING } from '../../lib/store';

/**
 * Appends the `evaluated` event to the case through its owner (retried on a
 * concurrent write: the rating already stands). The actor is the role only:
 * the case timeline is shown to staff. `clearRateLink`: also removes the
 * texted rating link in the same write (the link is spent).
 */
async function recordOnTimeline(app: FastifyInstance, caseId: string, at: Date, clearRateLink: boolean): Promise<void> {
  const result = await retryTransitionCase(
    app,
    caseId,
    () => ({
      events: [{ at, actor: { role: 'resident' }, action: 'evaluated' }],
      ...(clearRateLink ? { more: { $unset: { ratingLink: '' } } } : {}),
    }),
    { timing: TIMING.write },
  );
  if (result.outcome === 'contended')
    app.log.warn({ action: 'evaluation.timeline', caseId }, 'could not add the evaluated event');
}

/**
 * `POST /applications/:id/evaluation` (好差评): the owner rates a completed
 * case once. Stored without the rater's identity; a score of 1–2 opens a
 * follow-up due in 5 working days; an `evaluated` event goes on the case.
 *
 * Outcomes: 201 the rating; 404 NOT_FOUND for an unknown case or anyone
 * else's (agents included: the rating is the resident's own); 409
 * INVALID_STATE when the case is not `completed`, or already rated (the
 * unique caseId decides between two ratings sent at once).
 */
export async function rateCase(
  app: FastifyInstance,
  auth: AuthUser,
  caseId: string,
  body: EvaluationBody,
): Promise<EvaluationView> {
  const record = isValidObjectId(caseId)
    ? await applicationModel(app.db).findById(caseId).lean<ApplicationRecord>()
    : null;
  // The resident the case is for, also one an agent applied for before they verified (never the agent).
  if (!record || !(await isApplicantOf(app, record, auth.id))) throw EvaluationErrors.caseNotFound();
  return createEvaluation(app, record, body, { clearRateLink: false });
}

/**
 * The rating of a completed case, by the app or by the texted link: one
 * insert into `evaluations`, whose unique `caseId` is what allows one rating
 * per case (also for two at once), then the `evaluated` event on the case
 * (with the link removed when `clearRateLink`).
 * Outcomes: the rating; 409 INVALID_STATE when not completed or already rated.
 */
export async function createEvaluation(
  app: FastifyInstance,
  record: ApplicationRecord,
  body: EvaluationBody,
  opts: { clearRateLink: boolean },
): Promise<EvaluationView> {
  const caseId = record._id.toHexString();
  if (record.status !== 'completed') throw EvaluationErrors.notCompleted();
  const at = new Date();
  const followup =
    body.score <= FOLLOWUP_MAX_SCORE
      ? { status: 'open', dueAt: addWorkingDays(at, FOLLOWUP_WORKING_DAYS, await loadCalendars(app.db)) }
      : null;
  const tags = body.tags ?? [];
  try {
    await evaluationModel(app.db).create({
      caseId,
      number: record.number ?? '—',
      itemNames: record.items.map((i) => i.name),
      departments: [...new Set(record.items.map((i) => i.department))],
      score: body.score,
      tags,
      ...(body.comment ? { comment: body.comment } : {}),
      at,
      followup,
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw EvaluationErrors.alreadyRated();
    throw err;
  }
  await recordOnTimeline(app, caseId, at, opts.clearRateLink);
  app.log.info(
    { action: 'evaluation.create', caseId, followup: Boolean(followup), byLink: opts.clearRateLink },
    'case rated',
  );
  return { caseId, score: body.score, tags, ...(body.comment ? { comment: body.comment } : {}), at: at.toISOString() };
}
