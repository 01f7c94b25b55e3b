import { type FastifyInstance } from 'fastify';
import { type ApplicationView } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { assertUsableUploads, markUploadsUsed, unmarkUploadsUsed } from '../uploads';
import {
  assertEditable,
  assertNotRevoked,
  assertVersion,
  auditAgentAction,
  AuthorizationErrors,
  eventBy,
  isSubmittingAgent,
  loadCase,
  toApplicationView,
  transitionCase,
} from '../applications';

/**
 * `PUT /applications/:id/paper-authorization` (`{uploadId}`, If-Match
 * optional: checked when sent): the agent attaches the resident's signed
 * paper authorization — an upload of the agent's own (JPEG, PNG or PDF, as
 * every upload is by content). It replaces an earlier one and is `unchecked`
 * until staff accept the case (or refuse it with a notice naming
 * `authorization`). Event `paper_authorization`; audited.
 *
 * Outcomes: the case; 400 VALIDATION_FAILED for an upload that is not the
 * agent's own; 403 FORBIDDEN for the resident of the case; 404 NOT_FOUND for
 * anyone else; 409 VERSION_CONFLICT; 409 INVALID_STATE when revoked or the
 * case is not with the agent (`draft`, `supplement_required`).
 */
export async function putPaperAuthorization(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  ifMatch: string | undefined,
  uploadId: string,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  if (!isSubmittingAgent(record, auth) || !record.authorization) throw AuthorizationErrors.paperByAgentOnly();
  if (ifMatch !== undefined) assertVersion(record, ifMatch);
  assertNotRevoked(record);
  assertEditable(record);
  await assertUsableUploads(app.db, auth.id, [uploadId]);
  // Marked before the case points to it, so a delete in between cannot leave the case pointing at nothing.
  await markUploadsUsed(app.db, [uploadId], record._id);
  const previous = record.authorization.paper?.uploadId;
  const usedBefore = previous === uploadId || record.materials.some((m) => m.uploadIds.includes(uploadId));
  let updated;
  try {
    updated = await transitionCase(app, record, {
      set: { 'authorization.paper': { uploadId, check: 'unchecked', uploadedAt: new Date() } },
      events: [eventBy(record, auth, 'paper_authorization')],
    });
  } catch (err) {
    // Lost a race: the case does not point to the upload, so it must stay deletable.
    if (!usedBefore) await unmarkUploadsUsed(app.db, [uploadId], record._id);
    throw err;
  }
  const stillUsed = new Set(updated.materials.flatMap((m) => m.uploadIds));
  if (previous && previous !== uploadId && !stillUsed.has(previous))
    await unmarkUploadsUsed(app.db, [previous], record._id);
  await auditAgentAction(app, auth, updated, 'authorization.paper', uploadId);
  return toApplicationView(app.pii, updated);
}
