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

export function mergeMaterials(
  items: ReadonlyArray<{ code: string; materials: ReadonlyArray<Material> }>,
): MergedMaterial[] {
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
      // Held without an upload only if every item says what holds it, and the same.
      if (seen.satisfiedBy !== material.satisfiedBy) delete seen.satisfiedBy;
      // Photographed side by side (分面上传) only if every item asks for the same sides.
      const sides = (m: { slots?: ReadonlyArray<{ key: string }> }) => (m.slots ?? []).map((s) => s.key).join(',');
      if (sides(seen) !== sides(material)) delete seen.slots;
      // A licence stands for it only if every item takes that licence type.
      const types = (seen.licenceTypes ?? []).filter((t) => material.licenceTypes?.includes(t));
      if (types.length) seen.licenceTypes = types;
      else delete seen.licenceTypes;
      seen.itemCodes.push(item.code);
    }
  }
  return [...byCode.values()];
}

/**
 * What makes a chain's items impossible to merge: one field key meaning
 * different things (type, options or profile binding), or one material code
 * with no file format every item accepts. Returns a message per problem.
 */
export function chainMergeConflicts(
  items: ReadonlyArray<{
    code: string;
    materials: ReadonlyArray<Material>;
    form: { fields: ReadonlyArray<FormField> };
  }>,
): string[] {
  const problems: string[] = [];
  const fields = new Map<string, { itemCode: string; field: FormField }>();
  const shape = (f: FormField) => JSON.stringify([f.type, f.profile ?? null, (f.options ?? []).map((o) => o.value)]);
  for (const item of items) {
    for (const field of item.form.fields) {
      const seen = fields.get(field.key);
      if (!seen) fields.set(field.key, { itemCode: item.code, field });
      else if (shape(seen.field) !== shape(field))
        problems.push(`字段 ${field.key} 在事项 ${seen.itemCode} 与 ${item.code} 中的定义不一致`);
    }
  }
  for (const material of mergeMaterials(items)) {
    if (!material.formats.length)
      problems.push(`材料 ${material.code} 在事项 ${material.itemCodes.join('、')} 中没有共同接受的文件格式`);
  }
  return problems;
}
