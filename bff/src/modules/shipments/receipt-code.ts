import { randomInt, timingSafeEqual } from 'node:crypto';
import { type Pii } from '../../lib/pii';

/** Wrong codes that lock a shipment: the fifth wrong one is answered 423 and locks it. */
export const MAX_WRONG_CODES = 5;

/** A fresh six-digit receipt code from the system's CSPRNG. */
export const newReceiptCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * The keyed hash a receipt code is checked against. The shipment id is part
 * of what is hashed, so a code is bound to its shipment: the code of another
 * parcel never matches, even if the digits happened to be the same.
 */
export const receiptCodeHash = (pii: Pii, shipmentId: string, code: string) => pii.hash(`${shipmentId}:${code}`);

/** Whether `given` is the shipment's code, compared in constant time. */
export function receiptCodeMatches(
  pii: Pii,
  shipmentId: string,
  storedHash: string | undefined,
  given: string,
): boolean {
  if (!storedHash) return false;
  const [a, b] = [Buffer.from(receiptCodeHash(pii, shipmentId, given)), Buffer.from(storedHash)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What a new code writes: the hash for checking, the ciphertext for the applicant's view and the message. */
export function issueReceiptCode(pii: Pii, shipmentId: string): { hash: string; codeEnc: string } {
  const code = newReceiptCode();
  return { hash: receiptCodeHash(pii, shipmentId, code), codeEnc: pii.encrypt(code) };
}
