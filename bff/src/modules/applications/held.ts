import { materialUploaded, type MaterialHeldBy } from '@onetrip/shared';
import { type ApplicationRecord, type CaseMaterial } from './application.types';
import { chainSourceOf } from './chain-inputs';

/**
 * What `heldByOf` reads of the case: the applicant snapshot, a chain's items (their order and licences),
 * and the signed commitment.
 */
type HeldContext = Pick<ApplicationRecord, 'applicant' | 'chain' | 'items' | 'commitment'>;

/**
 * 材料免提交: what the centre already holds that stands for this material of
 * the case, or null.
 * - An electronic licence the applicant attached (电子证照, `licence.service.ts`): its snapshot, with its origin.
 * - A material the guide marks `satisfiedBy: 'identity'` is held by the
 *   applicant's verified identity whenever the case has an applicant: every
 *   path that creates a case snapshots a real-name checked person (the
 *   resident's verified profile, the person an agent named after the real-name
 *   check, the counter's registered person), so a snapshot is proof.
 * - 一链办理: a licence an earlier item of the same chain issues (`chainSourceOf`):
 *   the chain holds it, and the items asking for it wait for that item's approval.
 *   A licence the applicant already has and attached comes first (then nothing waits).
 * - A material the guide marks `satisfiedBy: 'commitment'` (告知承诺制) is held
 *   once the applicant signed the case's commitment.
 * Uploads stay allowed (a clearer copy); they are not needed.
 */
export function heldByOf(record: HeldContext, material: CaseMaterial): MaterialHeldBy | null {
  const { licence } = material;
  if (licence) {
    return {
      kind: 'licence',
      licenceId: licence.id,
      type: licence.type,
      number: licence.number,
      issuer: licence.issuer,
      issuedAt: licence.issuedAt.toISOString(),
      ...(licence.validUntil ? { validUntil: licence.validUntil.toISOString() } : {}),
      caseId: licence.caseId,
      caseNumber: licence.caseNumber,
    };
  }
  const source = chainSourceOf(record, material);
  if (source) return { kind: 'chain', itemCode: source.item.code, itemName: source.item.name, type: source.type };
  if (material.satisfiedBy === 'identity' && record.applicant) return { kind: 'identity' };
  // 告知承诺制: the signed commitment stands for the material (the department checks it afterwards).
  if (material.satisfiedBy === 'commitment' && record.commitment)
    return { kind: 'commitment', signedAt: record.commitment.signedAt.toISOString() };
  return null;
}

/**
 * A material present on the case: uploaded (a slotted one in full, `materialUploaded`: 人像面 and
 * 国徽面 once a file names its slot), or held by the centre.
 */
export function materialPresent(record: HeldContext, material: CaseMaterial): boolean {
  return materialUploaded(material) || heldByOf(record, material) !== null;
}
