import { type FastifyInstance } from 'fastify';
import { type ApplicationView, type SignCommitmentBody } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';
import { type AuthUser } from '../../plugins/app/authenticate';
import { loadCalendars } from '../holidays';
import { assertUsableUploads, markUploadsUsed } from '../uploads';
import { type ApplicationRecord, type CaseCommitment } from './application.model';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { assertEditable, assertVersion, eventBy, loadCase } from './case-access';
import { auditAgentAction } from './case-audit';
import { caseDeadline } from './case-clock';
import { isSubmittingAgent } from './case-owner';
import { writeCase } from './case-write';
import { commitmentOffer } from './commitment';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ in: 'body', path, message }]);

async function viewOf(app: FastifyInstance, record: ApplicationRecord): Promise<ApplicationView> {
  return toApplicationView(app.pii, record, { deadline: caseDeadline(record, await loadCalendars(app.db)) });
}

/** The agent's name as the case keeps it (the resident's own signature needs none). */
const nameOf = (record: ApplicationRecord) => (record.submittedBy.name ? { name: record.submittedBy.name } : {});

/**
 * Who may sign how: the applicant signs in the app (`app`, their own word);
 * the agent of the case only records the paper the applicant signed at the
 * station (`paper`, with the agent's photo of it) — an agent cannot promise
 * in the applicant's name.
 */
async function signatureOf(
  app: FastifyInstance,
  auth: AuthUser,
  record: ApplicationRecord,
  body: SignCommitmentBody,
): Promise<{ how: 'app' | 'paper'; uploadId?: string }> {
  const agent = isSubmittingAgent(record, auth);
  if (body.how === 'app') {
    if (agent) throw invalid('how', '代办员请上传申请人签字的纸质承诺书');
    return { how: 'app' };
  }
  if (!agent) throw invalid('how', '请在小程序中签署承诺书');
  await assertUsableUploads(app.db, auth.id, [body.uploadId]);
  return { how: 'paper', uploadId: body.uploadId };
}

/**
 * `PUT /applications/:id/commitment` (If-Match) — 容缺受理 and 告知承诺制: the
 * applicant signs the 承诺书 of the case's items (the texts are kept as
 * signed), so its gapAllowed materials may stay missing at submit (staff
 * accept them as gaps, due by the commitment's deadline) and its 告知承诺
 * materials are replaced (the department checks them afterwards, 核查).
 * Signing again replaces the signature.
 *
 * Outcomes: the case; 400 VALIDATION_FAILED (an agent signing in the app, the
 * applicant sending paper, a photo that is not the agent's upload); 404 (not
 * the user's case); 409 VERSION_CONFLICT; 409 INVALID_STATE (not editable, or
 * no item of the case offers a commitment). An agent's record is audited.
 */
export async function signCommitment(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  ifMatch: string,
  body: SignCommitmentBody,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  assertEditable(record);
  const offer = commitmentOffer(record);
  if (!offer) throw ApplicationErrors.wrongState('本办件的事项不实行容缺受理或告知承诺，无需签署承诺书');
  const signature = await signatureOf(app, auth, record, body);
  const event = eventBy(record, auth, 'commitment_signed', signature.how === 'paper' ? '纸质承诺书' : '线上签署');
  const commitment: CaseCommitment = {
    signedAt: event.at,
    ...signature,
    by: { role: event.actor.role, userId: auth.id, ...(signature.how === 'paper' ? nameOf(record) : {}) },
    texts: offer.texts,
  };
  const updated = await writeCase(app, record, { $set: { commitment }, $push: { timeline: event } });
  if (signature.uploadId) await markUploadsUsed(app.db, [signature.uploadId], updated._id);
  await auditAgentAction(app, auth, record, 'case.commitment', signature.how);
  return viewOf(app, updated);
}

/**
 * `DELETE /applications/:id/commitment` (If-Match): the signature is taken
 * back while the case is still with the applicant (the gaps are asked for
 * again). Nothing signed: the case unchanged. Outcomes as for signing.
 */
export async function withdrawCommitment(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  ifMatch: string,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  assertEditable(record);
  if (!record.commitment) return viewOf(app, record);
  const updated = await writeCase(app, record, {
    $unset: { commitment: '' },
    $push: { timeline: eventBy(record, auth, 'commitment_withdrawn') },
  });
  await auditAgentAction(app, auth, record, 'case.commitment', 'withdrawn');
  return viewOf(app, updated);
}
