import { type ApplicationView } from '@onetrip/shared';

type CaseMaterial = ApplicationView['materials'][number];
type CaseShape = Pick<ApplicationView, 'chain' | 'items'>;

/** '二手房交易中 3 个事项共用，只需上传一次' for a material more than one item needs. */
export function sharedNote(view: CaseShape, material: CaseMaterial): string {
  const n = material.itemCodes.length;
  if (n < 2) return '';
  return `${view.chain ? `${view.chain.name}中 ` : ''}${n} 个事项共用，只需上传一次`;
}

/** The names of the items that need the material, when the case has more than one ('' otherwise). */
export function usedBy(view: CaseShape, material: CaseMaterial): string {
  if (view.items.length < 2) return '';
  return material.itemCodes.map((code) => view.items.find((i) => i.code === code)?.name ?? code).join('、');
}
