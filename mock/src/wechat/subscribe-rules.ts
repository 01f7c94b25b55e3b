import { argumentInvalid, type WechatError } from './errors';

/**
 * Length limits WeChat puts on subscription-message values, by the key's
 * type prefix (`thing1` is a `thing`). Only lengths are checked; formats of
 * `time`/`date`/`amount` are not.
 */
const MAX_LENGTH: Record<string, number> = {
  thing: 20,
  number: 32,
  letter: 32,
  symbol: 5,
  character_string: 32,
  phone_number: 17,
  car_number: 8,
  phrase: 5,
};

/** `name`: 10 characters, or 20 if all ASCII letters/symbols. */
function nameTooLong(value: string): boolean {
  const ascii = /^[\x20-\x7e]*$/.test(value);
  return [...value].length > (ascii ? 20 : 10);
}

function typeOf(key: string): string {
  return key.replace(/\d+$/, '');
}

export function checkMessageData(data: Record<string, { value: string }>): WechatError | null {
  for (const [key, { value }] of Object.entries(data)) {
    const field = `data.${key}.value`;
    if (value.trim() === '') return argumentInvalid(field, 'is empty');
    const type = typeOf(key);
    const max = MAX_LENGTH[type];
    // Count characters as people see them, not UTF-16 units.
    if (max !== undefined && [...value].length > max) return argumentInvalid(field);
    if (type === 'name' && nameTooLong(value)) return argumentInvalid(field);
  }
  return null;
}
