import { z } from 'zod';
import { Text } from './common';

/**
 * The guide elements that point outside the guide's text: catalog files
 * (样表, 空白表格, 结果样本, served by GET /catalog-files/:id) and the 咨询电话.
 */

/** A catalog file's id (POST /admin/catalog-files): 24 lower-case hex digits. */
export const CatalogFileId = z.string().regex(/^[0-9a-f]{24}$/, '文件编号格式不正确');

/**
 * A guide's reference to a catalog file (样表, 空白表格, 结果样本): its id and
 * the name shown for it. The file must exist when the guide is written.
 */
export const CatalogFileRef = z.strictObject({ id: CatalogFileId, name: Text(100) });
export type CatalogFileRef = z.infer<typeof CatalogFileRef>;

/** 咨询电话: digits in groups joined by single hyphens, 3–20 characters (0539-8123456, 12345). */
export const ConsultationPhone = z
  .string()
  .trim()
  .min(3, '咨询电话至少 3 位')
  .max(20, '咨询电话最多 20 位')
  .regex(/^[0-9]+(?:-[0-9]+)*$/, '咨询电话只能包含数字和连字符，如 0539-8123456');

/** Every catalog file a guide refers to, with the dotted path of the reference (`materials.2.blankForm`). */
export function catalogFileRefs(guide: {
  materials: readonly {
    sampleFile?: CatalogFileRef;
    blankForm?: CatalogFileRef;
    slots?: readonly { sampleFile?: CatalogFileRef }[];
  }[];
  resultSample?: CatalogFileRef;
}): { path: string; id: string }[] {
  const refs: { path: string; id: string }[] = [];
  guide.materials.forEach((m, i) => {
    if (m.sampleFile) refs.push({ path: `materials.${i}.sampleFile`, id: m.sampleFile.id });
    if (m.blankForm) refs.push({ path: `materials.${i}.blankForm`, id: m.blankForm.id });
    m.slots?.forEach((slot, j) => {
      if (slot.sampleFile) refs.push({ path: `materials.${i}.slots.${j}.sampleFile`, id: slot.sampleFile.id });
    });
  });
  if (guide.resultSample) refs.push({ path: 'resultSample', id: guide.resultSample.id });
  return refs;
}
