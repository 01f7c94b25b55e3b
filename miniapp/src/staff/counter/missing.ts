import { type CounterCaseView, type CounterMissing } from '@onetrip/shared';

/** The server lists a missing delivery choice as the pseudo-field `delivery`. */
export const isDeliveryEntry = (view: CounterCaseView, entry: CounterMissing) =>
  entry.field === 'delivery' && !view.form.fields.some((f) => f.key === 'delivery');

/** 材料：居民身份证 / 信息：现居住地址 / 领取方式. */
export function missingName(view: CounterCaseView, entry: CounterMissing): string {
  if (entry.materialCode) {
    const material = view.materials.find((m) => m.code === entry.materialCode);
    return `材料：${material?.name ?? entry.materialCode}`;
  }
  if (isDeliveryEntry(view, entry)) return '领取方式';
  const field = view.form.fields.find((f) => f.key === entry.field);
  return `信息：${field?.label ?? entry.field ?? ''}`;
}

/** Where on the page the entry is fixed: the material's card, the field, or the delivery section. */
export function missingAnchor(view: CounterCaseView, entry: CounterMissing): string {
  if (entry.materialCode) return `#material-${entry.materialCode}`;
  if (isDeliveryEntry(view, entry)) return '#counter-delivery';
  return `#field-${entry.field ?? ''}`;
}

/** An id for the entry's row: `missing-material-<code>`, `missing-field-<key>`. */
export const missingId = (entry: CounterMissing) =>
  entry.materialCode ? `missing-material-${entry.materialCode}` : `missing-field-${entry.field ?? ''}`;

/** What may be accepted with a gap (容缺受理) and what must be brought first. */
export function splitMissing(missing: CounterMissing[]): { gaps: string[]; blocking: CounterMissing[] } {
  const gaps: string[] = [];
  const blocking: CounterMissing[] = [];
  for (const entry of missing) {
    if (entry.gapAllowed && entry.materialCode) gaps.push(entry.materialCode);
    else blocking.push(entry);
  }
  return { gaps, blocking };
}
