import { randomInt, timingSafeEqual } from 'node:crypto';
import { type Pii } from '../../lib/pii';

/** A fresh six-digit window pick-up code from the system's CSPRNG. */
export const newPickupCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Whether `given` is the case's pick-up code (stored encrypted), compared in constant time. */
export function pickupCodeMatches(pii: Pii, sealed: string | undefined, given: string): boolean {
  if (!sealed) return false;
  const [a, b] = [Buffer.from(pii.decrypt(sealed)), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}
