/**
 * A person's name, ID number and mobile number checked as they are typed, by the rules the BFF applies
 * (an agent names the resident; a clerk registers a walk-in at the counter).
 */
import { checkIdNumber, ID_NUMBER_MESSAGES, PHONE_PATTERN } from '@onetrip/shared';

/** What is shown under an ID number while it is typed (an agent's new case, the counter's 找人). */
export type IdFeedback =
  | { state: 'empty' }
  | { state: 'typing'; message: string }
  | { state: 'ok'; message: string }
  | { state: 'error'; message: string };

const ID_LENGTH = 18;

/**
 * GB 11643 feedback as the number is typed: a character that cannot be in an ID number is wrong at
 * once; region, birth date and the check digit are judged at the 18th character (the shared rule the
 * BFF applies). A correct number shows the birth date and sex, to be compared with the card.
 */
export function idNumberFeedback(raw: string, today: Date = new Date()): IdFeedback {
  const id = raw.trim().toUpperCase();
  if (id === '') return { state: 'empty' };
  const badCharacter = /[^0-9X]/.test(id) || id.slice(0, ID_LENGTH - 1).includes('X');
  if (badCharacter || id.length > ID_LENGTH) return { state: 'error', message: ID_NUMBER_MESSAGES.format };
  if (id.length < ID_LENGTH) {
    return { state: 'typing', message: `已输入 ${id.length} 位，还差 ${ID_LENGTH - id.length} 位` };
  }
  const check = checkIdNumber(id, today);
  if (!check.ok) return { state: 'error', message: ID_NUMBER_MESSAGES[check.problem] };
  return {
    state: 'ok',
    message: `校验通过 · 出生日期 ${check.birthDate} · ${check.gender === 'male' ? '男' : '女'}`,
  };
}

/**
 * The server's PersonName rule, written out (the schema would bring zod into the bundle):
 * 2–30 characters of Chinese, Latin letters, spaces and the middle dot.
 */
export function nameProblem(raw: string): string | null {
  const name = raw.trim();
  if (name === '') return null;
  if (Array.from(name).length < 2) return '姓名至少 2 个字';
  if (Array.from(name).length > 30) return '姓名不能超过 30 个字';
  if (!/^[\u4e00-\u9fa5·A-Za-z ]+$/.test(name)) return '姓名只能包含汉字、字母和间隔号';
  return null;
}

/** A mainland mobile number, judged once 11 digits are in (or something else was typed). */
export function phoneProblem(raw: string): string | null {
  const phone = raw.trim();
  if (phone === '') return null;
  if (/[^0-9]/.test(phone) || phone.length > 11) return '手机号应为 11 位数字';
  if (phone.length < 11) return null;
  return PHONE_PATTERN.test(phone) ? null : '手机号格式不正确';
}
