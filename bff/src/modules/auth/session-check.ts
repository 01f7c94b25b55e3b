import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { type Role } from '@onetrip/shared';
import { readTokens } from '../../lib/change-tokens';
import { tokenCacheOf } from '../../lib/token-cache';
import { type AccessClaims } from '../../lib/tokens';
import { accessChangeKey, rolesOf, usersModel } from '../users';
import { isRevoked } from './session-revocation';
import { sessionsModel } from './sessions.model';

/** One entry per live login seen by this copy (≈ 100 bytes each). */
const MAX_ENTRIES = 20_000;
/**
 * The change token is bumped after every write it stands for; the age limit covers only a writer
 * that died between its write and its bump, and keeps that window short.
 */
const MAX_AGE_MS = 30_000;

/** What a session may do now: the user's roles, or null once the session ended or the user is gone. */
async function readAccess(app: FastifyInstance, claims: AccessClaims): Promise<Role[] | null> {
  const [session, revoked, user] = await Promise.all([
    sessionsModel(app.db).findOne({ _id: claims.sid, userId: claims.sub }).lean(),
    isRevoked(app, claims.sid),
    usersModel(app.db).findById(claims.sub).lean(),
  ]);
  if (!session || session.revokedAt || revoked || session.expiresAt <= new Date() || !user || user.deletedAt)
    return null;
  return rolesOf(user);
}

/**
 * The per-request session check of `authenticate`: the user's change token (one `_id` read of a
 * tiny document) and, when it moved since this copy last looked, the session, its revocation
 * record and the user's roles. Logout, a reuse revocation and a role change each bump the token
 * after writing, so every copy sees them on its next request.
 */
export async function checkSession(app: FastifyInstance, claims: AccessClaims): Promise<Role[] | null> {
  if (!isValidObjectId(claims.sub)) return null;
  const token = await readTokens(app.db, [accessChangeKey(claims.sub)]);
  const cache = tokenCacheOf<Role[] | null>(app.db, 'session-access', MAX_ENTRIES, MAX_AGE_MS);
  const key = `${claims.sub}:${claims.sid}`;
  const cached = cache.get(key, token);
  if (cached !== undefined) return cached;
  const roles = await readAccess(app, claims);
  cache.set(key, token, roles);
  return roles;
}
