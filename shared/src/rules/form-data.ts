import type { FormField } from '../schemas/catalog';
import { checkFieldValue, type FormValue, isEmptyValue } from './form-field-value';

/** A case's form data, cleaned: keyed by field key, empty values left out. */
export type FormValues = Record<string, FormValue>;

/** One problem with the data; `field` is the key (`''` when the data as a whole is not an object). */
export interface FormDataProblem {
  field: string;
  reason: string;
}

export type FormDataCheck = { ok: true; data: FormValues } | { ok: false; problems: FormDataProblem[] };

export interface FormDataOptions {
  /** A draft: required fields may be empty, but every value given must be valid. */
  partial?: boolean;
  /** For the ID number's birth date; defaults to now. */
  today?: Date;
}

export const FORM_DATA_MESSAGES = {
  notAnObject: '表单数据格式不正确',
  unknownField: '不认识的字段',
} as const;

/** Keys that could reach a query operator or an object's prototype are never accepted, whatever the form says. */
function forbiddenKey(key: string): boolean {
  return key.startsWith('$') || key === '__proto__';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function ownValue(data: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

const choosing = new Set<FormField['type']>(['select', 'multiselect', 'date', 'region', 'boolean']);

/** 请填写姓名 / 请选择性别 */
export function requiredMessage(field: FormField): string {
  return `${choosing.has(field.type) ? '请选择' : '请填写'}${field.label}`;
}

/**
 * Validates a case's form data against its fields: the one rule set the BFF
 * enforces and the mini-program shows as the user types, so both give the
 * same Chinese messages. Text is trimmed; empty values (null, blank text,
 * `[]`) are left out of the cleaned data; `false` and `0` are values. Keys
 * that are not fields, `$`-prefixed keys and `__proto__` are problems.
 * Problems come in field order, then unknown keys in data order.
 */
export function validateFormData(
  fields: ReadonlyArray<FormField>,
  data: unknown,
  { partial = false, today = new Date() }: FormDataOptions = {},
): FormDataCheck {
  if (!isPlainObject(data)) return { ok: false, problems: [{ field: '', reason: FORM_DATA_MESSAGES.notAnObject }] };
  const problems: FormDataProblem[] = [];
  const cleaned: FormValues = {};
  const known = new Map<string, FormField>();
  for (const field of fields) {
    if (forbiddenKey(field.key)) continue;
    known.set(field.key, field);
    const raw = ownValue(data, field.key);
    if (isEmptyValue(raw)) {
      if (field.required && !partial) problems.push({ field: field.key, reason: requiredMessage(field) });
      continue;
    }
    const check = checkFieldValue(field, raw, today);
    if (check.ok) cleaned[field.key] = check.value;
    else problems.push({ field: field.key, reason: check.reason });
  }
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push({ field: key, reason: FORM_DATA_MESSAGES.unknownField });
  }
  return problems.length ? { ok: false, problems } : { ok: true, data: cleaned };
}

/** Keys of required fields with no value, in field order (what 422 INCOMPLETE lists besides materials). */
export function missingRequired(fields: ReadonlyArray<FormField>, data: unknown): string[] {
  const values = isPlainObject(data) ? data : {};
  return fields.filter((f) => f.required && isEmptyValue(ownValue(values, f.key))).map((f) => f.key);
}
