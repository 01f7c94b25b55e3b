import { maskIdNumber, maskPhone, validateFormData, type FormField, type FormValues } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { ApplicationErrors } from './application.errors';

type Data = Record<string, unknown>;

/** How a personal value of a field is masked; null for a field that holds nothing personal. */
function maskOf(field: FormField): ((plain: string) => string) | null {
  if (field.type === 'idNumber' || field.profile === 'profile.idNumber') return maskIdNumber;
  if (field.type === 'phone' || field.profile === 'profile.phone') return maskPhone;
  return null;
}

/** Whether the field's value is stored encrypted and shown masked. */
export const isPersonal = (field: FormField) => maskOf(field) !== null;

const own = (data: Data, key: string) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined);

/** The stored data as a response shows it: personal values masked, the rest as stored. */
export function maskData(pii: Pii, fields: ReadonlyArray<FormField>, stored: Data): Data {
  const shown: Data = {};
  for (const field of fields) {
    const value = own(stored, field.key);
    if (value === undefined) continue;
    const mask = maskOf(field);
    shown[field.key] = mask && typeof value === 'string' ? mask(pii.decrypt(value)) : value;
  }
  return shown;
}

/**
 * Validated (plaintext) values → what is stored: personal values encrypted.
 * A personal value equal to its `before` plaintext keeps its stored ciphertext.
 */
export function sealData(
  pii: Pii,
  fields: ReadonlyArray<FormField>,
  values: FormValues,
  before: { plain: Data; stored: Data } = { plain: {}, stored: {} },
): Data {
  const sealed: Data = {};
  for (const field of fields) {
    const value = own(values, field.key);
    if (value === undefined) continue;
    if (!isPersonal(field) || typeof value !== 'string') sealed[field.key] = value;
    else
      sealed[field.key] = own(before.plain, field.key) === value ? own(before.stored, field.key) : pii.encrypt(value);
  }
  return sealed;
}

/**
 * PATCH `data`: the changes merged into the stored data and validated as a
 * draft (`partial`: required fields may still be empty; `null` or blank
 * clears a value). A personal value sent back exactly as it was shown
 * (masked) keeps the stored value. Outcomes: the data to store (personal
 * values encrypted); 400 listing every problem.
 */
export function mergeData(pii: Pii, fields: ReadonlyArray<FormField>, stored: Data, changes: Data): Data {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const plain: Data = {};
  for (const field of fields) {
    const value = own(stored, field.key);
    if (value === undefined) continue;
    plain[field.key] = isPersonal(field) && typeof value === 'string' ? pii.decrypt(value) : value;
  }
  const merged: Data = { ...plain };
  for (const [key, value] of Object.entries(changes)) {
    const field = byKey.get(key);
    const mask = field ? maskOf(field) : null;
    const before = own(plain, key);
    if (mask && typeof before === 'string' && value === mask(before)) continue;
    Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const check = validateFormData(fields, merged, { partial: true });
  if (!check.ok) throw ApplicationErrors.badData(check.problems);
  return sealData(pii, fields, check.data, { plain, stored });
}
