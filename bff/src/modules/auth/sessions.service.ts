import { randomUUID } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import mongoose, { isValidObjectId } from 'mongoose';
import { type Platform, type TokenPair } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { type RefreshClaims } from '../../lib/tokens';
import { usersModel, type UserRecord } from '../users';
import { AuthErrors } from './auth.errors';
import { sessionsModel, tokenUsesModel } from './sessions.model';
import { isDuplicateKey } from '../../lib/store';
import { isRevoked, revokeFamily } from './session-revocation';
import { tokenPairOf } from './token-pair';

const expiry = (app: FastifyInstance) => new Date(Date.now() + app.tokens.refreshTtlSeconds * 1000);

/** Starts a login session (a new refresh-token family) and returns its first pair. */
export async function startSession(app: FastifyInstance, user: UserRecord, platform: Platform): Promise<TokenPair> {
  const sid = randomUUID();
  const { token, jti } = app.tokens.signRefresh({ sub: user._id.toHexString(), sid });
  await sessionsModel(app.db).create({ _id: sid, userId: user._id, platform, currentJti: jti, expiresAt: expiry(app) });
  return tokenPairOf(app, user, sid, token);
}

/** Records the one use of a refresh token; false when it was used before. */
async function claimUse(app: FastifyInstance, claims: RefreshClaims): Promise<boolean> {
  try {
    await tokenUsesModel(app.db).create({ _id: claims.jti, sid: claims.sid, at: new Date() });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

async function reused(app: FastifyInstance, claims: RefreshClaims): Promise<never> {
  await revokeFamily(app, { sid: claims.sid, userId: claims.sub }, 'reuse');
  app.log.warn(
    { action: 'auth.refresh.reuse', sid: claims.sid, userId: claims.sub },
    'refresh token reused: session revoked',
  );
  throw AuthErrors.refreshTokenReused();
}

/**
 * Trades a refresh token for a new pair. Its use is claimed once (a unique
 * insert), then the session moves on with one update guarded on the current
 * jti of a live session — so of two uses of one token at most one wins (both lose when the
 * second, refused as a reuse, revokes the family before the first has moved the session on).
 *
 * Outcomes:
 * - a new TokenPair; the presented refresh token stops working;
 * - 401 UNAUTHENTICATED (`AuthErrors.refreshTokenInvalid`): not our refresh token, expired, session ended or user gone;
 * - 401 UNAUTHENTICATED (`AuthErrors.refreshTokenReused`): a token already used came back → the whole
 *   family is revoked, so the newest token of the family stops working too.
 */
export async function rotateSession(app: FastifyInstance, refreshToken: string): Promise<TokenPair> {
  const claims = app.tokens.verifyRefresh(refreshToken);
  if (!claims || !isValidObjectId(claims.sub)) throw AuthErrors.refreshTokenInvalid();
  const Sessions = sessionsModel(app.db);
  const [session, revoked] = await Promise.all([
    Sessions.findOne({ _id: claims.sid, userId: claims.sub }).lean(),
    isRevoked(app, claims.sid),
  ]);
  if (!session || session.revokedAt || revoked) throw AuthErrors.refreshTokenInvalid();
  if (session.usedJtis.includes(claims.jti) || !(await claimUse(app, claims))) return reused(app, claims);

  const next = app.tokens.signRefresh({ sub: claims.sub, sid: claims.sid });
  const rotated = await Sessions.findOneAndUpdate(
    {
      _id: claims.sid,
      userId: claims.sub,
      currentJti: claims.jti,
      revokedAt: null,
      expiresAt: mongoose.trusted({ $gt: new Date() }),
    },
    { $set: { currentJti: next.jti, expiresAt: expiry(app) }, $push: { usedJtis: claims.jti } },
    { new: true },
  ).lean();
  if (!rotated) throw AuthErrors.refreshTokenInvalid();
  const user = await usersModel(app.db).findById(claims.sub).lean<UserRecord>();
  if (!user) throw AuthErrors.refreshTokenInvalid();
  return tokenPairOf(app, user, claims.sid, next.token);
}

/** Ends the login session of an access token (logout). Idempotent; always succeeds. */
export async function revokeSession(app: FastifyInstance, auth: AuthUser): Promise<void> {
  if (!isValidObjectId(auth.id)) return;
  const session = await sessionsModel(app.db).exists({ _id: auth.sid, userId: auth.id });
  if (session) await revokeFamily(app, { sid: auth.sid, userId: auth.id }, 'logout');
}
