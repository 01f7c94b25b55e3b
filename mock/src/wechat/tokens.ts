import { randomBytes } from 'node:crypto';

export const ACCESS_TOKEN_TTL_SECONDS = 7200;

export type TokenCheck = 'ok' | 'missing' | 'unknown' | 'expired';

/**
 * Access tokens issued by /cgi-bin/token and /cgi-bin/stable_token. Endpoints
 * taking `?access_token=` accept only these, so a BFF that forgets to fetch
 * a token, or sends a made-up one, fails here as it would against WeChat.
 */
export class TokenRegistry {
  private readonly expiries = new Map<string, number>();
  private stable: string | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * A fresh token each call. Earlier tokens stay valid until they expire
   * (WeChat keeps the old one for a 5-minute overlap; we are more lenient so
   * several BFF copies can each hold their own).
   */
  issue(): { access_token: string; expires_in: number } {
    const token = randomBytes(48).toString('base64url');
    this.expiries.set(token, this.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    return { access_token: token, expires_in: ACCESS_TOKEN_TTL_SECONDS };
  }

  /** stable_token: the same token until it expires unless forced. */
  issueStable(forceRefresh: boolean): { access_token: string; expires_in: number } {
    const expiry = this.stable === null ? undefined : this.expiries.get(this.stable);
    if (!forceRefresh && this.stable !== null && expiry !== undefined && expiry > this.now()) {
      return { access_token: this.stable, expires_in: Math.floor((expiry - this.now()) / 1000) };
    }
    const issued = this.issue();
    this.stable = issued.access_token;
    return issued;
  }

  check(token: string | undefined): TokenCheck {
    if (token === undefined || token === '') return 'missing';
    const expiry = this.expiries.get(token);
    if (expiry === undefined) return 'unknown';
    return expiry > this.now() ? 'ok' : 'expired';
  }
}
