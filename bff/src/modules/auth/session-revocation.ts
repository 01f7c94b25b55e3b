import { type FastifyInstance } from 'fastify';
import { revocationsModel, sessionsModel, type RevokeReason } from './sessions.model';

export const isDuplicateKey = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;

/**
 * Ends a refresh-token family for good: `revokedAt` on the session (what
 * people and MongoDB's guarded updates see) plus an insert-only revocation
 * record that a concurrent whole-document write cannot undo. The first
 * reason stays.
 */
export async function revokeFamily(app: FastifyInstance, sid: string, reason: RevokeReason): Promise<void> {
  await sessionsModel(app.db).updateOne(
    { _id: sid, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedReason: reason } },
  );
  await revocationsModel(app.db)
    .create({ _id: sid, reason, at: new Date() })
    .catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
}

export async function isRevoked(app: FastifyInstance, sid: string): Promise<boolean> {
  return (await revocationsModel(app.db).exists({ _id: sid })) !== null;
}
