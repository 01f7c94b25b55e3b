/**
 * 分面上传: a material photographed in parts (身份证 人像面 / 国徽面) — which file fills which slot, and
 * what is still missing. The one rule of the server's completeness check (`missingOf`) and of the
 * upload step on the phone.
 */

export interface SlotDefinition {
  key: string;
  label: string;
}

/** What the slot rule reads of a material (the catalog's slots, the case's files and the slots they fill). */
export interface SlottedMaterial {
  uploadIds: readonly string[];
  slots?: readonly SlotDefinition[];
  uploadSlots?: readonly { uploadId: string; slot: string }[];
}

/** The slot key the file fills, if it says one (and the material still has that slot). */
export function slotOf(material: SlottedMaterial, uploadId: string): string | undefined {
  const slot = material.uploadSlots?.find((s) => s.uploadId === uploadId)?.slot;
  return slot && material.slots?.some((s) => s.key === slot) ? slot : undefined;
}

/** The file that fills the slot, if any. */
export function fileOfSlot(material: SlottedMaterial, slot: string): string | undefined {
  return material.uploadIds.find((id) => slotOf(material, id) === slot);
}

/**
 * The slots still without a file. A material without slots misses none; nor does one whose files
 * name no slot at all (a scan of both sides on one page, or a client that does not know slots: as
 * before slots existed, any file stands for the material). Once a file names its slot, every slot needs one.
 */
export function slotsMissing<T extends SlotDefinition>(
  material: Omit<SlottedMaterial, 'slots'> & { slots?: readonly T[] },
): T[] {
  const slots: readonly T[] = material.slots ?? [];
  if (!slots.length) return [];
  const filled = new Set(material.uploadIds.map((id) => slotOf(material, id)).filter(Boolean));
  if (material.uploadIds.length > 0 && filled.size === 0) return [];
  return slots.filter((s) => !filled.has(s.key));
}

/** Uploaded in full: at least one file, and every slot filled once any file names its slot. */
export const materialUploaded = (material: SlottedMaterial): boolean =>
  material.uploadIds.length > 0 && slotsMissing(material).length === 0;
