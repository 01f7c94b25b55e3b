import { randomBytes } from 'node:crypto';
import { type Pii } from '../../lib/pii';

/** How long a texted receipt link works. */
export const RECEIPT_LINK_DAYS = 30;
/** 24 random bytes: 192 bits, exactly 32 base64url characters. */
const TOKEN_BYTES = 24;

/**
 * The keyed hash a receipt token is stored and looked up by (never the token
 * itself). `pii.hash` folds case, so the token is hashed by its hex spelling:
 * every character stays significant.
 */
export const receiptTokenHash = (pii: Pii, token: string) =>
  pii.hash(`receipt:${Buffer.from(token, 'utf8').toString('hex')}`);

/** A new unguessable token, its hash and its expiry. */
export function newReceiptToken(pii: Pii, now: Date): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return {
    token,
    hash: receiptTokenHash(pii, token),
    expiresAt: new Date(now.getTime() + RECEIPT_LINK_DAYS * 86_400_000),
  };
}

/** The public download of a texted receipt (a BFF route: the PDF opens in any phone's browser, no sign-in). */
export function receiptLinkUrl(publicApiUrl: string, token: string): string {
  return `${publicApiUrl.replace(/\/+$/, '')}/api/v1/receipts/${token}`;
}
