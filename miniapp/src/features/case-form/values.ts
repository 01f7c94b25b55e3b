import {
  formatFen,
  isEmptyValue,
  maskIdNumber,
  maskName,
  maskPhone,
  validateFormData,
  type FormField,
} from '@onetrip/shared';
import { fenToYuan } from '@/utils/money';

/** The form as the page holds it: keyed by field key, values in the contract's types (money in fen). */
export type Values = Record<string, unknown>;

/** A personal value as the server shows it (`110***********1234`): kept, never validated or sent back. */
export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && value.includes('*');
}

/** A field prefilled from the verified profile: shown, not edited. */
export function isFromProfile(field: FormField, value: unknown): boolean {
  return field.profile !== undefined && !isEmptyValue(value);
}

/** 1250 (fen) → '12.5' for the 元 input; '' when there is no number. */
export function yuanText(fen: unknown): string {
  return typeof fen === 'number' && Number.isFinite(fen) ? fenToYuan(fen) : '';
}

/**
 * What the 元 input holds, as the value to validate and store: '' → null; up to two decimals → fen;
 * more decimals or a minus → a number the shared rule refuses (金额不正确); not a number → the text
 * (应为金额). So every message the user sees is the shared one.
 */
export function parseYuan(text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d+(\.\d{0,2})?$/.test(t)) return Math.round(Number(t) * 100);
  if (/^-?\d*\.?\d+$/.test(t)) return Number(t) * 100;
  return t;
}

/** The number input: '' → null; a number → number; anything else stays text (应为数字). */
export function parseNumberText(text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** The shared rule's message for one value (a draft: empty is fine), or null. */
export function fieldProblem(field: FormField, value: unknown): string | null {
  if (isMasked(value)) return null;
  const check = validateFormData([field], { [field.key]: value }, { partial: true });
  return check.ok ? null : (check.problems[0]?.reason ?? null);
}

/** Every problem of the whole form (required ones too), keyed by field; masked values count as given. */
export function allProblems(fields: ReadonlyArray<FormField>, values: Values): Record<string, string> {
  const data: Values = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value !== undefined && !isMasked(value)) data[field.key] = value;
  }
  const problems: Record<string, string> = {};
  const check = validateFormData(fields, data);
  if (!check.ok) {
    for (const p of check.problems) {
      const value = values[p.field];
      if (isMasked(value)) continue;
      problems[p.field] ??= p.reason;
    }
  }
  return problems;
}

/** A value as the review page shows it: personal numbers and a profile name masked. */
export function displayValue(field: FormField, value: unknown): string {
  if (isEmptyValue(value)) return '未填写';
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? formatFen(value) : String(value);
    case 'select':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'multiselect':
      return Array.isArray(value)
        ? value.map((v) => field.options?.find((o) => o.value === v)?.label ?? String(v)).join('、')
        : String(value);
    case 'region':
      return Array.isArray(value) ? value.join(' ') : String(value);
    case 'boolean':
      return value === true ? '是' : '否';
    case 'phone':
      return isMasked(value) ? String(value) : maskPhone(String(value));
    case 'idNumber':
      return isMasked(value) ? String(value) : maskIdNumber(String(value));
    default:
      if (field.profile === 'profile.name') return maskName(String(value));
      if (field.profile === 'profile.phone' && !isMasked(value)) return maskPhone(String(value));
      if (field.profile === 'profile.idNumber' && !isMasked(value)) return maskIdNumber(String(value));
      return String(value);
  }
}
