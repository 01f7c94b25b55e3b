import type { FormField, Material, MergedMaterial } from '../schemas/catalog';

/**
 * 一链办理: the form of several items is the union of their fields (one field
 * per key) and their materials the union by material code, so a material
 * needed by three items is uploaded once.
 */
export function mergeFields(forms: ReadonlyArray<ReadonlyArray<FormField>>): FormField[] {
  const byKey = new Map<string, FormField>();
  for (const fields of forms) {
    for (const field of fields) {
      const seen = byKey.get(field.key);
      if (!seen) byKey.set(field.key, { ...field });
      else if (field.required && !seen.required) byKey.set(field.key, { ...seen, required: true });
    }
  }
  return [...byKey.values()];
}

export function mergeMaterials(items: ReadonlyArray<{ code: string; materials: ReadonlyArray<Material> }>): MergedMaterial[] {
  const byCode = new Map<string, MergedMaterial>();
  for (const item of items) {
    for (const material of item.materials) {
      const seen = byCode.get(material.code);
      if (!seen) {
        byCode.set(material.code, { ...material, formats: [...material.formats], itemCodes: [item.code] });
        continue;
      }
      // Required if any item requires it; a gap is allowed only if every item allows it.
      seen.required = seen.required || material.required;
      seen.gapAllowed = seen.gapAllowed && material.gapAllowed;
      seen.formats = seen.formats.filter((f) => material.formats.includes(f));
      seen.itemCodes.push(item.code);
    }
  }
  return [...byCode.values()];
}
