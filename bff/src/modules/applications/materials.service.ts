import { type FastifyInstance } from 'fastify';
import { type ApplicationView, type UploadSlot } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { loadCalendars } from '../holidays';
import { assertUsableUploads, markUploadsUsed, unmarkUploadsUsed } from '../uploads';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { assertEditable, assertVersion, eventBy, loadCase } from './case-access';
import { writeCase } from './case-write';
import { auditAgentAction } from './case-audit';
import { caseDeadline } from './case-clock';
import { gapOpenFor } from './commitment';
import { type ApplicationRecord, type CaseMaterial } from './application.model';

/** After acceptance with gaps (容缺受理), the applicant may still upload those materials while they are open. */
const isGapSupply = (record: ApplicationRecord, code: string) => gapOpenFor(record, code);

/**
 * 分面上传: the slots the material's files fill after the write. Given (`uploadSlots`), they replace
 * the old ones and must fit (400, one detail each): the material has slots and that one, the file is one
 * of `ids`, each file and each slot at most once. Not given (a client that does not know slots), the files
 * that stay keep their slots.
 */
function slotsAfter(material: CaseMaterial, ids: string[], given: UploadSlot[] | undefined): UploadSlot[] {
  if (given === undefined) return (material.uploadSlots ?? []).filter((s) => ids.includes(s.uploadId));
  const keys = new Set((material.slots ?? []).map((s) => s.key));
  const problems: string[] = [];
  if (given.length && !keys.size) problems.push(`${material.name}不分面上传`);
  const files = new Set<string>();
  const slots = new Set<string>();
  for (const { uploadId, slot } of given) {
    if (keys.size && !keys.has(slot)) problems.push(`${material.name}没有这一面：${slot}`);
    if (!ids.includes(uploadId)) problems.push(`文件 ${uploadId} 不在 uploadIds 中`);
    if (files.has(uploadId) || slots.has(slot)) problems.push('每个文件只能填一面，每一面只能有一个文件');
    files.add(uploadId);
    slots.add(slot);
  }
  if (problems.length) throw ApplicationErrors.badSlots([...new Set(problems)]);
  return given.map(({ uploadId, slot }) => ({ uploadId, slot }));
}

/**
 * The new uploads of one material of the case, checked for whoever sends
 * them (the resident, the agent, the clerk at the counter): the material
 * must exist (404), the uploads must be the sender's own unless the case
 * uses them already (400, each listed), the slots they fill must fit it
 * (400, `slotsAfter`). Duplicates are dropped. The index is the material's
 * position in the case as read (version-guarded writes keep it valid);
 * `set` the fields to write. Nothing is written.
 */
export async function materialUploads(
  app: FastifyInstance,
  record: ApplicationRecord,
  materialCode: string,
  uploadIds: string[],
  senderId: string,
  uploadSlots?: UploadSlot[],
): Promise<{ index: number; material: CaseMaterial; ids: string[]; set: Record<string, unknown> }> {
  const index = record.materials.findIndex((m) => m.code === materialCode);
  const material = record.materials[index];
  if (!material) throw ApplicationErrors.materialNotFound();
  const ids = [...new Set(uploadIds)];
  const slots = slotsAfter(material, ids, uploadSlots);
  const onCase = new Set(record.materials.flatMap((m) => m.uploadIds));
  await assertUsableUploads(
    app.db,
    senderId,
    ids.filter((u) => !onCase.has(u)),
  );
  const set = {
    [`materials.${index}.uploadIds`]: ids,
    ...(material.slots?.length || material.uploadSlots?.length ? { [`materials.${index}.uploadSlots`]: slots } : {}),
  };
  return { index, material, ids, set };
}

/**
 * After a material's uploads were replaced: the new ones are marked as used
 * by the case (they can no longer be deleted), the old ones no material (nor
 * the paper authorization) uses any more are released.
 */
export async function settleMaterialUploads(
  app: FastifyInstance,
  updated: ApplicationRecord,
  before: CaseMaterial,
  ids: string[],
): Promise<void> {
  await markUploadsUsed(app.db, ids, updated._id);
  const paper = updated.authorization?.paper?.uploadId;
  const stillUsed = new Set([...updated.materials.flatMap((m) => m.uploadIds), ...(paper ? [paper] : [])]);
  await unmarkUploadsUsed(
    app.db,
    before.uploadIds.filter((u) => !stillUsed.has(u)),
    updated._id,
  );
}

/**
 * `PUT /applications/:id/materials/:materialCode` with `If-Match`: replaces
 * the uploads of one material (`[]` clears it), and with `uploadSlots` the
 * slot each fills (分面上传; see `slotsAfter`). Uploads are marked as used
 * by the case (so they cannot be deleted); those no material uses any more
 * are released.
 *
 * Outcomes:
 * - the case with its new version;
 * - 400 VALIDATION_FAILED: an upload that does not exist or is not the caller's (each listed) — uploads
 *   the case already uses are fine whoever uploaded them, so the resident and the agent of an agent's
 *   case can both send the whole list back with their own additions;
 * - 404 NOT_FOUND: not the user's case, or the case has no such material;
 * - 409 VERSION_CONFLICT: If-Match is stale, or another write won the race;
 * - 409 INVALID_STATE: the case is not in `draft` or `supplement_required`, unless the material is an
 *   open gap (accepted or approved, or issued when the commitment let the certificate go first:
 *   commitment.ts `gapOpenFor`): then uploads close the gap (`gap_supplied` event) and an
 *   empty list is refused.
 * An agent's upload is audited (`case.material`, the material code as target).
 */
export async function putMaterial(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  materialCode: string,
  ifMatch: string,
  uploadIds: string[],
  uploadSlots?: UploadSlot[],
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  const gapSupply = isGapSupply(record, materialCode);
  if (!gapSupply) assertEditable(record);
  const {
    material,
    ids,
    set: $set,
  } = await materialUploads(app, record, materialCode, uploadIds, auth.id, uploadSlots);
  if (gapSupply && ids.length === 0) throw ApplicationErrors.wrongState('请上传容缺受理时待补的材料');
  // The version guard makes the index stable: the case is written only as it was read.
  const updated = await writeCase(
    app,
    record,
    gapSupply
      ? {
          $set,
          $pull: { gaps: materialCode },
          $push: { timeline: eventBy(record, auth, 'gap_supplied', material.name) },
        }
      : { $set },
  );
  await settleMaterialUploads(app, updated, material, ids);
  await auditAgentAction(app, auth, record, 'case.material', materialCode);
  return toApplicationView(app.pii, updated, { deadline: caseDeadline(updated, await loadCalendars(app.db)) });
}
