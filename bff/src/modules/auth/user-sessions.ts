import { type FastifyInstance } from 'fastify';
import { type Platform } from '@onetrip/shared';
import { revokeFamily } from './session-revocation';
import { sessionsModel } from './sessions.model';

export interface UserSession {
  sid: string;
  platform: Platform;
  signedInAt: Date;
  lastUsedAt: Date;
}

/** For the privacy module: the user's live logins (not ended, not expired), latest use first. */
export async function liveSessionsOf(app: FastifyInstance, userId: string): Promise<UserSession[]> {
  const now = new Date();
  const found = await sessionsModel(app.db).find({ userId }).lean();
  return found
    .filter((s) => !s.revokedAt && s.expiresAt > now)
    .map((s) => ({
      sid: s._id,
      platform: s.platform as Platform,
      signedInAt: s.createdAt,
      lastUsedAt: s.updatedAt,
    }))
    .sort((a, b) => b.lastUsedAt.getTime() - a.lastUsedAt.getTime());
}

/**
 * For the privacy module (account deletion): ends every login of the user, as logout ends one —
 * each refresh-token family revoked, the access change token moved, so every access token of
 * the user is refused on its next request at every copy. Outcomes: how many were live.
 */
export async function revokeAllSessions(app: FastifyInstance, userId: string): Promise<number> {
  const found = await sessionsModel(app.db).find({ userId, revokedAt: null }).select({ _id: 1 }).lean();
  for (const { _id } of found) await revokeFamily(app, { sid: _id, userId }, 'account_deleted');
  return found.length;
}
