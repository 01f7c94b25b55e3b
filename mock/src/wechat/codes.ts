/**
 * The simulator's code rules. Codes are made up by tests (or by the mock
 * OAuth page), never issued, so they are reusable and never expire — unlike
 * WeChat's, which are single-use and last five minutes.
 */
const LOGIN_CODE = /^test_([A-Za-z0-9_]{1,32})$/;
const PHONE_CODE = /^phone_(\d{11})$/;

export const USER_NAME = /^[A-Za-z0-9_]{1,32}$/;

/** `test_<name>` → `<name>`; anything else → null (WeChat's 40029). */
export function userFromLoginCode(code: string): string | null {
  return LOGIN_CODE.exec(code)?.[1] ?? null;
}

/** `phone_<11 digits>` → the digits; anything else → null. */
export function phoneFromCode(code: string): string | null {
  return PHONE_CODE.exec(code)?.[1] ?? null;
}

export function identityOf(name: string): { openid: string; unionid: string } {
  return { openid: `openid_${name}`, unionid: `unionid_${name}` };
}
