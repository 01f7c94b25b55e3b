import type { FormField } from '../schemas/catalog';
import { BIDI_CONTROL, BIDI_CONTROL_MESSAGE } from '../schemas/common';
import { dayFromIso } from './calendar-day';
import { checkIdNumber, ID_NUMBER_MESSAGES } from './id-number';
import { PHONE_PATTERN } from './mask';
import { PATTERN_INPUT_MAX } from './pattern-safety';

/** A cleaned value of a case's form. */
export type FormValue = string | number | boolean | string[];

export type FieldValueCheck = { ok: true; value: FormValue } | { ok: false; reason: string };

/** Length limits when a field's rules set none (characters, not bytes). */
export const DEFAULT_MAX_LENGTH = { text: 200, textarea: 2000 } as const;
const REGION_PART_MAX = 20;

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- a textarea keeps tabs and line breaks
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** No value at all: null, undefined, blank text, or an array of nothing but blanks (`[]`, `['', '', '']`). */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' && v.trim() === '');
  return false;
}

const ok = (value: FormValue): FieldValueCheck => ({ ok: true, value });
const bad = (reason: string): FieldValueCheck => ({ ok: false, reason });

/** The catalog refuses invalid and unsafe patterns (ItemInput); an invalid one that slips through is skipped. */
function wholeMatch(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

function checkText(field: FormField, raw: unknown): FieldValueCheck {
  const { label, rules } = field;
  if (typeof raw !== 'string') return bad(`${label}应为文字`);
  const value = raw.trim();
  if ((field.type === 'textarea' ? CONTROL_BUT_LINES : CONTROL).test(value)) return bad(`${label}不能包含控制字符`);
  if (BIDI_CONTROL.test(value)) return bad(`${label}${BIDI_CONTROL_MESSAGE}`);
  const length = Array.from(value).length;
  const max = rules?.maxLength ?? DEFAULT_MAX_LENGTH[field.type === 'textarea' ? 'textarea' : 'text'];
  if (rules?.minLength !== undefined && length < rules.minLength) return bad(`${label}至少 ${rules.minLength} 个字`);
  if (length > max) return bad(`${label}不能超过 ${max} 个字`);
  // Matching time grows with the input: a pattern never sees more than it was checked for (pattern-safety.ts).
  if (rules?.pattern !== undefined && length > PATTERN_INPUT_MAX)
    return bad(`${label}不能超过 ${PATTERN_INPUT_MAX} 个字`);
  const pattern = rules?.pattern === undefined ? null : wholeMatch(rules.pattern);
  if (pattern && !pattern.test(value)) return bad(`${label}格式不正确`);
  return ok(value);
}

function checkNumber(field: FormField, raw: unknown): FieldValueCheck {
  const { label, rules } = field;
  const money = field.type === 'money';
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return bad(money ? `${label}应为金额` : `${label}应为数字`);
  if (money && (!Number.isSafeInteger(raw) || raw < 0)) return bad(`${label}金额不正确`);
  const show = money ? yuan : String;
  if (rules?.min !== undefined && raw < rules.min) return bad(`${label}不能小于 ${show(rules.min)}`);
  if (rules?.max !== undefined && raw > rules.max) return bad(`${label}不能大于 ${show(rules.max)}`);
  return ok(raw);
}

function checkChoices(field: FormField, raw: unknown): FieldValueCheck {
  const { label, rules } = field;
  const values = new Set((field.options ?? []).map((o) => o.value));
  if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string')) return bad(`${label}应为选项列表`);
  const chosen = raw.map((v: string) => v.trim());
  if (!chosen.every((v) => values.has(v))) return bad(`${label}包含无效的选项`);
  if (new Set(chosen).size !== chosen.length) return bad(`${label}的选项重复`);
  if (rules?.minLength !== undefined && chosen.length < rules.minLength)
    return bad(`${label}至少选择 ${rules.minLength} 项`);
  if (rules?.maxLength !== undefined && chosen.length > rules.maxLength)
    return bad(`${label}最多选择 ${rules.maxLength} 项`);
  return ok(chosen);
}

function checkRegion(field: FormField, raw: unknown): FieldValueCheck {
  const message = `${field.label}应选择省、市、县三级`;
  if (!Array.isArray(raw) || raw.length !== 3 || !raw.every((v) => typeof v === 'string')) return bad(message);
  const parts = raw.map((v: string) => v.trim());
  const unfit = (p: string) =>
    p === '' || Array.from(p).length > REGION_PART_MAX || CONTROL.test(p) || BIDI_CONTROL.test(p);
  if (parts.some(unfit)) return bad(message);
  return ok(parts);
}

/**
 * Checks one present (non-empty) value against its field's type and rules.
 * `minLength`/`maxLength` limit characters of text and textarea and the
 * number of choices of a multiselect; `min`/`max` bound number and money
 * (fen); `pattern` must match the whole text. Other rule/type pairs are ignored.
 */
export function checkFieldValue(field: FormField, raw: unknown, today: Date = new Date()): FieldValueCheck {
  const { label } = field;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return checkText(field, raw);
    case 'number':
    case 'money':
      return checkNumber(field, raw);
    case 'date':
      return typeof raw === 'string' && dayFromIso(raw.trim()) !== null
        ? ok(raw.trim())
        : bad(`${label}应为有效日期（YYYY-MM-DD）`);
    case 'select': {
      const value = typeof raw === 'string' ? raw.trim() : null;
      return value !== null && (field.options ?? []).some((o) => o.value === value)
        ? ok(value)
        : bad(`${label}的选项无效`);
    }
    case 'multiselect':
      return checkChoices(field, raw);
    case 'phone': {
      const value = typeof raw === 'string' ? raw.trim() : '';
      return PHONE_PATTERN.test(value) ? ok(value) : bad(`${label}应为11位手机号码`);
    }
    case 'idNumber': {
      if (typeof raw !== 'string') return bad(ID_NUMBER_MESSAGES.format);
      const value = raw.trim().toUpperCase();
      const check = checkIdNumber(value, today);
      return check.ok ? ok(value) : bad(ID_NUMBER_MESSAGES[check.problem]);
    }
    case 'region':
      return checkRegion(field, raw);
    case 'boolean':
      return typeof raw === 'boolean' ? ok(raw) : bad(`${label}应为“是”或“否”`);
  }
}
