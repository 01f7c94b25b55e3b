import fp from 'fastify-plugin';
import { type FastifyRequest } from 'fastify';
import { type Role } from '@onetrip/shared';
import { unauthenticated } from '../../lib/app-error';
import { createTokens, type AccessClaims, type Tokens } from '../../lib/tokens';

export interface AuthUser {
  id: string;
  /** the user's roles as of this request (the user record's, not the token's) */
  roles: Role[];
  /** refresh-token family of this login */
  sid: string;
}

/**
 * Says whether the session of a verified access token is still live and what the user may do
 * now: their current roles, or null when the session ended (logout, reuse revocation, expiry) or
 * the user is gone. The auth module fills it in (it owns sessions); until then every token fails.
 */
export type SessionCheck = (claims: AccessClaims) => Promise<Role[] | null>;

declare module 'fastify' {
  interface FastifyInstance {
    tokens: Tokens;
    /** preHandler: requires a valid access token of a live session and sets request.auth */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** where the auth module registers its SessionCheck (a shared object, so a module's context can fill it) */
    sessionCheck: { check: SessionCheck | null };
  }
  interface FastifyRequest {
    auth?: AuthUser;
  }
}

/** The signed-in user of a request behind `authenticate`. */
export function authOf(request: FastifyRequest): AuthUser {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

export default fp(
  async (app, opts: { secret: string; accessTtlSeconds: number; refreshTtlDays: number }) => {
    app.decorate('tokens', createTokens(opts.secret, opts.accessTtlSeconds, opts.refreshTtlDays));
    app.decorate('sessionCheck', { check: null });
    app.decorateRequest('auth', undefined);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const header = request.headers.authorization;
      const match = header ? /^Bearer ([A-Za-z0-9._-]+)$/.exec(header) : null;
      const claims = match?.[1] ? app.tokens.verifyAccess(match[1]) : null;
      // A signature proves only who was signed in when the token was made: logout, a revoked
      // family and role changes must count from the next request, so the session is asked too.
      const check = app.sessionCheck.check;
      const roles = claims && check ? await check(claims) : null;
      if (!claims || !roles) throw unauthenticated('登录已失效，请重新登录');
      request.auth = { id: claims.sub, roles, sid: claims.sid };
    });
    app.addHook('onReady', async () => {
      if (!app.sessionCheck.check) throw new Error('no session check registered: every access token would fail');
    });
  },
  { name: 'authenticate' },
);
