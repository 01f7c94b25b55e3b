import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { type Role } from '@onetrip/shared';

/** Claims of an access token. Roles are a hint for clients: authorisation reads the user record (authenticate). */
export interface AccessClaims {
  sub: string;
  roles: Role[];
  /** the refresh-token family (login session) this access token belongs to */
  sid: string;
  typ: 'access';
}

export interface RefreshClaims {
  sub: string;
  sid: string;
  jti: string;
  typ: 'refresh';
}

const ALGORITHM = 'HS256' as const;

export interface Tokens {
  signAccess(claims: Omit<AccessClaims, 'typ'>): string;
  signRefresh(claims: Omit<RefreshClaims, 'typ' | 'jti'>): { token: string; jti: string };
  /** Returns the claims or null for anything not a valid, unexpired access token of ours. */
  verifyAccess(token: string): AccessClaims | null;
  verifyRefresh(token: string): RefreshClaims | null;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

export function createTokens(secret: string, accessTtlSeconds: number, refreshTtlDays: number): Tokens {
  const refreshTtlSeconds = refreshTtlDays * 86_400;
  // The algorithm is pinned on both sides, so `alg: none` and key-confusion tokens fail.
  // jsonwebtoken accepts a token without `exp` as never expiring; ours always carry `iat` and
  // `exp`, so anything without them, or living longer than its kind may, was not made here.
  const verify = (token: string, maxLifetimeSeconds: number): jwt.JwtPayload | null => {
    try {
      const payload = jwt.verify(token, secret, { algorithms: [ALGORITHM], issuer: 'onetrip' });
      if (typeof payload !== 'object' || typeof payload.exp !== 'number' || typeof payload.iat !== 'number')
        return null;
      return payload.exp - payload.iat <= maxLifetimeSeconds ? payload : null;
    } catch {
      return null;
    }
  };
  return {
    accessTtlSeconds,
    refreshTtlSeconds,
    signAccess: (claims) =>
      jwt.sign({ ...claims, typ: 'access' }, secret, {
        algorithm: ALGORITHM,
        expiresIn: accessTtlSeconds,
        issuer: 'onetrip',
      }),
    signRefresh: (claims) => {
      const jti = randomUUID();
      const token = jwt.sign({ ...claims, jti, typ: 'refresh' }, secret, {
        algorithm: ALGORITHM,
        expiresIn: refreshTtlSeconds,
        issuer: 'onetrip',
      });
      return { token, jti };
    },
    verifyAccess: (token) => {
      const p = verify(token, accessTtlSeconds);
      if (!p || p.typ !== 'access' || typeof p.sub !== 'string' || typeof p.sid !== 'string' || !Array.isArray(p.roles))
        return null;
      return { sub: p.sub, sid: p.sid, roles: p.roles as Role[], typ: 'access' };
    },
    verifyRefresh: (token) => {
      const p = verify(token, refreshTtlSeconds);
      if (
        !p ||
        p.typ !== 'refresh' ||
        typeof p.sub !== 'string' ||
        typeof p.sid !== 'string' ||
        typeof p.jti !== 'string'
      )
        return null;
      return { sub: p.sub, sid: p.sid, jti: p.jti, typ: 'refresh' };
    },
  };
}
