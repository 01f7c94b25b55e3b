import fp from 'fastify-plugin';
import { type FastifyRequest } from 'fastify';
import { type Role } from '@onetrip/shared';
import { unauthenticated } from '../../lib/app-error';
import { createTokens, type Tokens } from '../../lib/tokens';

export interface AuthUser {
  id: string;
  roles: Role[];
  /** refresh-token family of this login */
  sid: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    tokens: Tokens;
    /** preHandler: requires a valid access token and sets request.auth */
    authenticate: (request: FastifyRequest) => Promise<void>;
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
    app.decorateRequest('auth', undefined);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const header = request.headers.authorization;
      const match = header ? /^Bearer ([A-Za-z0-9._-]+)$/.exec(header) : null;
      const claims = match?.[1] ? app.tokens.verifyAccess(match[1]) : null;
      if (!claims) throw unauthenticated('登录已失效，请重新登录');
      request.auth = { id: claims.sub, roles: claims.roles, sid: claims.sid };
    });
  },
  { name: 'authenticate' },
);
