import { type ApplicationView } from '@onetrip/shared';

type HeldBy = NonNullable<ApplicationView['materials'][number]['heldBy']>;

/** 材料免提交: the short state of a material the centre holds (the card's tag). */
export function heldLabel(heldBy: HeldBy): string {
  switch (heldBy.kind) {
    case 'identity':
      return '系统已核验';
    case 'commitment':
      return '已承诺';
    case 'chain':
      return '本链提供';
    case 'licence':
      return '已用电子证照';
  }
}

/**
 * What holds it, in a sentence: the verified identity, the signed commitment (告知承诺), an earlier
 * item of the chain, or the electronic licence with its origin (number, issuer, the case that issued
 * it) — the same words for the applicant and for staff.
 */
export function heldText(heldBy: HeldBy): string {
  switch (heldBy.kind) {
    case 'identity':
      return '系统已核验（实名认证），无需上传';
    case 'commitment':
      return '告知承诺：已签署承诺书代替此材料，无需上传；部门将事后核查';
    case 'chain':
      return `由本链「${heldBy.itemName}」办结后提供（${heldBy.type}），无需上传`;
    case 'licence':
      return `电子证照：${heldBy.type}，编号 ${heldBy.number}，${heldBy.issuer}核发（办件 ${heldBy.caseNumber}）`;
  }
}
