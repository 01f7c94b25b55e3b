import { type FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { insertUnique } from '../../lib/store';
import { type ApplicationView, type LicenceList, type LicenceView } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { loadCalendars } from '../holidays';
import { type ApplicationRecord, type AttachedLicence } from './application.model';
import { ApplicationErrors } from './application.errors';
import { toApplicationView } from './application.view';
import { assertEditable, assertVersion, loadCase } from './case-access';
import { auditAgentAction } from './case-audit';
import { caseDeadline } from './case-clock';
import { verifiedHashOf } from './case-owner';
import { writeCase } from './case-write';
import { licenceModel, type LicenceRecord } from './licence.model';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

const licenceNotFound = () => new AppError('NOT_FOUND', '电子证照不存在');

/**
 * 电子证照: after an issue (staff module) — one licence per item whose guide
 * names a licence type and that was approved, for the case's applicant, with
 * the item's own certificate number (a case issued before items had theirs: the
 * case's). A unique insert by `<caseId>.<itemCode>`, so a repeated call writes
 * nothing more. A case without an applicant snapshot or a number, or an item
 * without a certificate number, gets none. Returns how many were new.
 */
export async function recordLicences(app: FastifyInstance, record: ApplicationRecord): Promise<number> {
  const { applicant, number } = record;
  if (!applicant || !number) return 0;
  const issuedAt = record.concludedAt ?? new Date();
  let written = 0;
  for (const item of record.items) {
    const certificateNo = item.certificateNo ?? record.certificateNo;
    if (!item.licence || item.status !== 'approved' || !certificateNo) continue;
    const { validYears } = item.licence;
    const doc: LicenceRecord = {
      _id: `${record._id.toHexString()}.${item.code}`,
      ownerId: record.ownerId,
      personHash: applicant.idNumberHash,
      type: item.licence.type,
      number: certificateNo,
      issuer: item.department,
      issuedAt,
      ...(validYears ? { validUntil: new Date(issuedAt.getTime() + validYears * YEAR_MS) } : {}),
      caseId: record._id.toHexString(),
      caseNumber: number,
      itemCode: item.code,
    };
    if (await insertUnique(licenceModel(app.db), doc as unknown as Record<string, unknown>, true)) written += 1;
  }
  return written;
}

export function toLicenceView(l: LicenceRecord): LicenceView {
  return {
    id: l._id,
    type: l.type,
    number: l.number,
    issuer: l.issuer,
    issuedAt: l.issuedAt.toISOString(),
    ...(l.validUntil ? { validUntil: l.validUntil.toISOString() } : {}),
    caseId: l.caseId,
    caseNumber: l.caseNumber,
  };
}

/**
 * `GET /licences`: the signed-in person's own licences, latest first — those of
 * every case whose applicant had their verified ID number (their own cases, and
 * agents' and walk-ins' cases for them). Not verified: none. One equality read.
 */
export async function listLicences(app: FastifyInstance, auth: AuthUser): Promise<LicenceList> {
  const hash = await verifiedHashOf(app, auth.id);
  if (!hash) return { items: [] };
  const found = await licenceModel(app.db).find({ personHash: hash }).lean<LicenceRecord[]>();
  found.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime());
  return { items: found.map(toLicenceView) };
}

/** The material and its index as read; 404 when the case has no such material. */
function materialAt(record: ApplicationRecord, materialCode: string) {
  const index = record.materials.findIndex((m) => m.code === materialCode);
  const material = record.materials[index];
  if (!material) throw ApplicationErrors.materialNotFound();
  return { index, material };
}

async function viewOf(app: FastifyInstance, record: ApplicationRecord): Promise<ApplicationView> {
  return toApplicationView(app.pii, record, { deadline: caseDeadline(record, await loadCalendars(app.db)) });
}

/**
 * `PUT /applications/:id/materials/:materialCode/licence` (If-Match) `{licenceId}`:
 * the applicant's electronic licence stands for the material (one tap). Only
 * a licence of the case's applicant — whoever acts (the resident, or the agent
 * of their case: the resident's licences, never the agent's own) — else 404 as
 * for an unknown one; 400 when the material does not take its type. The case
 * keeps a snapshot, so staff see the origin without another read.
 *
 * Outcomes: the case; 404 (not the user's case, no such material, no such
 * licence of the applicant); 400 VALIDATION_FAILED; 409 VERSION_CONFLICT;
 * 409 INVALID_STATE (not `draft` or `supplement_required`). An agent's attach
 * is audited (`case.licence`, target `<material>:<licence id>`).
 */
export async function attachLicence(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  materialCode: string,
  ifMatch: string,
  licenceId: string,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  assertEditable(record);
  const { index, material } = materialAt(record, materialCode);
  const licence = await licenceModel(app.db).findById(licenceId).lean<LicenceRecord>();
  // Another person's licence is answered exactly as a missing one.
  if (!licence || !record.applicant || licence.personHash !== record.applicant.idNumberHash) throw licenceNotFound();
  if (!material.licenceTypes?.includes(licence.type)) {
    throw new AppError('VALIDATION_FAILED', `${licence.type}不能用作${material.name}`, [
      {
        in: 'body',
        path: 'licenceId',
        message: `该材料可用的电子证照：${(material.licenceTypes ?? []).join('、') || '无'}`,
      },
    ]);
  }
  const attached: AttachedLicence = {
    id: licence._id,
    type: licence.type,
    number: licence.number,
    issuer: licence.issuer,
    issuedAt: licence.issuedAt,
    ...(licence.validUntil ? { validUntil: licence.validUntil } : {}),
    caseId: licence.caseId,
    caseNumber: licence.caseNumber,
  };
  const updated = await writeCase(app, record, { $set: { [`materials.${index}.licence`]: attached } });
  await auditAgentAction(app, auth, record, 'case.licence', `${materialCode}:${licence._id}`);
  return viewOf(app, updated);
}

/**
 * `DELETE /applications/:id/materials/:materialCode/licence` (If-Match): the
 * material is no longer stood for by a licence (uploads, if any, stay).
 * Nothing attached: the case as it is, unchanged. Outcomes as for the attach.
 */
export async function detachLicence(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  materialCode: string,
  ifMatch: string,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  assertEditable(record);
  const { index, material } = materialAt(record, materialCode);
  if (!material.licence) return viewOf(app, record);
  const updated = await writeCase(app, record, { $unset: { [`materials.${index}.licence`]: '' } });
  await auditAgentAction(app, auth, record, 'case.licence_removed', materialCode);
  return viewOf(app, updated);
}
