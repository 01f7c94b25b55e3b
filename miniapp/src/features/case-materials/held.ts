import { type ApplicationView } from '@onetrip/shared';

type HeldBy = NonNullable<ApplicationView['materials'][number]['heldBy']>;

/** 材料免提交: the short state of a material the centre holds (the card's tag). */
export function heldLabel(heldBy: HeldBy): string {
  return heldBy.kind === 'identity' ? '系统已核验' : '已用电子证照';
}

/**
 * What holds it, in a sentence: the verified identity, or the electronic licence with its origin
 * (number, issuer, the case that issued it) — the same words for the applicant and for staff.
 */
export function heldText(heldBy: HeldBy): string {
  if (heldBy.kind === 'identity') return '系统已核验（实名认证），无需上传';
  return `电子证照：${heldBy.type}，编号 ${heldBy.number}，${heldBy.issuer}核发（办件 ${heldBy.caseNumber}）`;
}
