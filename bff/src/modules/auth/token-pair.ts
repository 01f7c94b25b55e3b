import { type FastifyInstance } from 'fastify';
import { type TokenPair } from '@onetrip/shared';
import { rolesOf, type UserRecord } from '../users';

/** The answer of login and refresh: a fresh access token (roles as of now) and the given refresh token. */
export function tokenPairOf(app: FastifyInstance, user: UserRecord, sid: string, refreshToken: string): TokenPair {
  const id = user._id.toHexString();
  const roles = rolesOf(user);
  return {
    accessToken: app.tokens.signAccess({ sub: id, roles, sid }),
    refreshToken,
    expiresIn: app.tokens.accessTtlSeconds,
    user: { id, roles, realNameVerified: user.profile?.verified === true },
  };
}
