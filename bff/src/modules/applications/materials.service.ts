import { type FastifyInstance } from 'fastify';
import { type ApplicationView } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { assertUsableUploads, markUploadsUsed, unmarkUploadsUsed } from '../uploads';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { assertEditable, assertVersion, loadCase, writeCase } from './case-access';

/**
 * `PUT /applications/:id/materials/:materialCode` with `If-Match`: replaces
 * the uploads of one material (`[]` clears it). Uploads are marked as used
 * by the case (so they cannot be deleted); those no material uses any more
 * are released.
 *
 * Outcomes:
 * - the case with its new version;
 * - 400 VALIDATION_FAILED: an upload that does not exist or is not the caller's (each listed);
 * - 404 NOT_FOUND: not the user's case, or the case has no such material;
 * - 409 VERSION_CONFLICT: If-Match is stale, or another write won the race;
 * - 409 INVALID_STATE: the case is not in `draft` or `supplement_required`.
 */
export async function putMaterial(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  materialCode: string,
  ifMatch: string,
  uploadIds: string[],
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  assertEditable(record);
  const index = record.materials.findIndex((m) => m.code === materialCode);
  const material = record.materials[index];
  if (!material) throw ApplicationErrors.materialNotFound();
  const ids = [...new Set(uploadIds)];
  await assertUsableUploads(app.db, auth.id, ids);

  // The version guard makes the index stable: the case is written only as it was read.
  const updated = await writeCase(app, record, { $set: { [`materials.${index}.uploadIds`]: ids } });
  await markUploadsUsed(app.db, ids, record._id);
  const stillUsed = new Set(updated.materials.flatMap((m) => m.uploadIds));
  await unmarkUploadsUsed(
    app.db,
    material.uploadIds.filter((u) => !stillUsed.has(u)),
    record._id,
  );
  return toApplicationView(app.pii, updated);
}
