import { randomBytes } from 'node:crypto';
import { type Pii } from '../../lib/pii';
import { type OutboxExtra } from './case-outbox';

/** How long a texted rating link works after completion. */
export const RATE_LINK_DAYS = 30;
/** 24 random bytes: 192 bits, exactly 32 base64url characters (no spare bits, so no second spelling). */
const TOKEN_BYTES = 24;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** `applications.ratingLink`: what the case keeps of its rating link — never the token itself. */
export interface StoredRateLink {
  /** keyed hash of the token (`rateTokenHash`) */
  hash: string;
  expiresAt: Date;
}

/**
 * The keyed hash a token is stored and looked up by. `pii.hash` folds case
 * (it is made for ID numbers ending in x/X), which would let `aB…` and `Ab…`
 * match the same link, so the token is hashed by its hex spelling: every
 * character stays significant.
 */
export function rateTokenHash(pii: Pii, token: string): string {
  return pii.hash(`rate:${Buffer.from(token, 'utf8').toString('hex')}`);
}

/** A token of the right shape (anything else cannot be one of ours: answered like an unknown one). */
export const isRateTokenShape = (token: string) => TOKEN_SHAPE.test(token);

/**
 * The rating page of the H5 app opened by a texted token (hash router:
 * the route follows `#`). The token is base64url: it needs no escaping.
 */
export function rateLinkUrl(publicH5Url: string, token: string): string {
  return `${publicH5Url.replace(/\/+$/, '')}/#/pages/cases/rate/index?t=${token}`;
}

/**
 * A new rating link for a case that is being completed: the `$set` of its
 * hash and expiry, to go into the SAME version-guarded update that completes
 * the case, and the outbox `extra` that carries the token encrypted until the
 * message is sent. An agent's case is texted whatever WeChat the resident
 * has (`sms`): the resident may have none and followed the case by SMS.
 */
export function newRateLink(
  pii: Pii,
  record: { submittedBy: { role: string } },
  now: Date,
): { set: { ratingLink: StoredRateLink }; extra: OutboxExtra } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const expiresAt = new Date(now.getTime() + RATE_LINK_DAYS * 86_400_000);
  return {
    set: { ratingLink: { hash: rateTokenHash(pii, token), expiresAt } },
    extra: { rateTokenEnc: pii.encrypt(token), ...(record.submittedBy.role === 'agent' ? { sms: true } : {}) },
  };
}
