import { type CounterCaseView, type UploadSlot } from '@onetrip/shared';
import {
  assertEditable,
  gapOpenFor,
  materialUploads,
  settleMaterialUploads,
  transitionCase,
  type ApplicationRecord,
} from '../applications';
import { auditCounter, clerkEvent, loadCounterCase, type CounterContext } from './counter-access';
import { counterViewOf } from './counter-view';
import { CounterErrors } from './counter.errors';

/** After acceptance with gaps, the person may still bring a gap material to the counter while it is open. */
const isOpenGap = (record: ApplicationRecord, code: string) => gapOpenFor(record, code);

/**
 * `PUT /counter/cases/:id/materials/:materialCode` (If-Match) `{uploadIds, uploadSlots?}`:
 * the papers scanned at the counter (posted to `POST /uploads` by the clerk)
 * become the material's files, by the resident's rules (`materialUploads`:
 * the clerk's own uploads or ones the case uses already). Allowed while the
 * case is editable, and for an open gap of an accepted case (the upload
 * closes it: `gap_supplied`). Outcomes: the case; 400 (others' or unknown
 * uploads, each listed); 404 (case, or material); 409 VERSION_CONFLICT;
 * 409 INVALID_STATE. Audited `counter.case.material` (target: the material).
 */
export async function putCounterMaterial(
  ctx: CounterContext,
  id: string,
  materialCode: string,
  ifMatch: string,
  uploadIds: string[],
  uploadSlots?: UploadSlot[],
): Promise<CounterCaseView> {
  const record = await loadCounterCase(ctx, id, ifMatch);
  const gap = isOpenGap(record, materialCode);
  if (!gap) assertEditable(record);
  const { material, ids, set } = await materialUploads(
    ctx.app,
    record,
    materialCode,
    uploadIds,
    ctx.clerk.userId,
    uploadSlots,
  );
  if (gap && ids.length === 0) throw CounterErrors.wrongState('请上传容缺受理时待补的材料');
  const updated = await transitionCase(
    ctx.app,
    record,
    gap
      ? { set, more: { $pull: { gaps: materialCode } }, events: [clerkEvent(ctx, 'gap_supplied', material.name)] }
      : { set },
  );
  await settleMaterialUploads(ctx.app, updated, material, ids);
  await auditCounter(ctx, 'counter.case.material', { caseId: id, target: materialCode });
  return counterViewOf(ctx, updated);
}

/**
 * `PUT /counter/cases/:id/materials/:materialCode/original` (If-Match)
 * `{checked}`: 原件核验 — the clerk saw (or takes back having seen) the
 * original of the material; stored on the material with the clerk and the
 * time, shown to staff as `originalChecked`. Same states as the upload.
 * Outcomes: the case; 404; 409 VERSION_CONFLICT; 409 INVALID_STATE.
 * Audited `counter.case.original` (target: the material code).
 */
export async function checkOriginal(
  ctx: CounterContext,
  id: string,
  materialCode: string,
  ifMatch: string,
  checked: boolean,
): Promise<CounterCaseView> {
  const record = await loadCounterCase(ctx, id, ifMatch);
  if (!isOpenGap(record, materialCode)) assertEditable(record);
  const index = record.materials.findIndex((m) => m.code === materialCode);
  if (index < 0) throw CounterErrors.materialNotFound();
  const path = `materials.${index}.originalCheck`;
  const updated = await transitionCase(
    ctx.app,
    record,
    checked ? { set: { [path]: { by: ctx.clerk.userId, at: new Date() } } } : { more: { $unset: { [path]: 1 } } },
  );
  await auditCounter(ctx, 'counter.case.original', {
    caseId: id,
    target: `${materialCode}:${checked ? 'checked' : 'unchecked'}`,
  });
  return counterViewOf(ctx, updated);
}
