import { type FastifyInstance } from 'fastify';
import { insertUnique } from '../../lib/store';
import { bumpAccess } from '../users';
import { revocationsModel, sessionsModel, type RevokeReason } from './sessions.model';

/**
 * Ends a refresh-token family for good: `revokedAt` on the session (what
 * people and MongoDB's guarded updates see) plus an insert-only revocation
 * record that a concurrent whole-document write cannot undo. The first
 * reason stays. `userId` is the family's owner, whose access change token moves.
 */
export async function revokeFamily(
  app: FastifyInstance,
  { sid, userId }: { sid: string; userId: string },
  reason: RevokeReason,
): Promise<void> {
  await sessionsModel(app.db).updateOne(
    { _id: sid, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedReason: reason } },
  );
  await insertUnique(revocationsModel(app.db), { _id: sid, reason, at: new Date() });
  // After both writes: the access tokens of the family stop at every copy's next request.
  await bumpAccess(app.db, userId);
}

export async function isRevoked(app: FastifyInstance, sid: string): Promise<boolean> {
  return (await revocationsModel(app.db).exists({ _id: sid })) !== null;
}
