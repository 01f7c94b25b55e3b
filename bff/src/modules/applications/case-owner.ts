import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { type AuthUser } from '../../plugins/app/authenticate';
import { usersModel, type UserRecord } from '../users';
import { type ApplicationRecord } from './application.model';

const UNVERIFIED = 'unverified:';

/**
 * The `ownerId` of an agent's case for a resident with no verified account:
 * the keyed hash of the ID number the agent gave. No user id can look like
 * it, and the resident who later verifies with that ID number holds it.
 */
export const unverifiedOwner = (idNumberHash: string) => `${UNVERIFIED}${idNumberHash}`;

/**
 * Who a case for the person with this ID number (keyed hash) belongs to: the
 * user whose verified profile holds it, else the placeholder
 * `unverified:<hash>`, which that person holds once they verify (an agent's
 * case, a walk-in's case at the counter).
 */
export async function ownerOfIdNumber(app: FastifyInstance, idNumberHash: string): Promise<string> {
  const resident = await usersModel(app.db)
    .findOne({ 'profile.idNumberHash': idNumberHash, 'profile.verified': true })
    .select({ _id: 1 })
    .lean<Pick<UserRecord, '_id'>>();
  return resident ? resident._id.toHexString() : unverifiedOwner(idNumberHash);
}

/** The keyed hash of the user's verified ID number, or null (not verified, or no such user). */
export async function verifiedHashOf(app: FastifyInstance, userId: string): Promise<string | null> {
  if (!isValidObjectId(userId)) return null;
  const user = await usersModel(app.db).findById(userId).select({ profile: 1 }).lean<Pick<UserRecord, 'profile'>>();
  return user?.profile?.verified ? user.profile.idNumberHash : null;
}

/** Every `ownerId` the user's cases can carry: their id and, once verified, their ID number's placeholder. */
export function ownerKeysFor(
  userId: string,
  profile: { verified: boolean; idNumberHash: string } | null | undefined,
): string[] {
  return profile?.verified ? [userId, unverifiedOwner(profile.idNumberHash)] : [userId];
}

/** `ownerKeysFor` of the user as stored now. */
export async function ownerKeysOf(app: FastifyInstance, userId: string): Promise<string[]> {
  const hash = await verifiedHashOf(app, userId);
  return ownerKeysFor(userId, hash ? { verified: true, idNumberHash: hash } : null);
}

/**
 * Whether the user is the resident the case is for: its owner, or — for an
 * agent's case of someone unverified at the time — the user whose verified
 * ID number has that hash. Reads the user only in the second case.
 */
export async function isApplicantOf(app: FastifyInstance, record: ApplicationRecord, userId: string): Promise<boolean> {
  if (record.ownerId === userId) return true;
  if (!record.ownerId.startsWith(UNVERIFIED)) return false;
  return (await ownerKeysOf(app, userId)).includes(record.ownerId);
}

/**
 * The agent who started the case, acting as agent: the token must still carry
 * the role (it lives ≤ 15 minutes and is reissued from the user record), so an
 * agent whose role was taken away loses the residents' cases.
 */
export const isSubmittingAgent = (record: ApplicationRecord, auth: AuthUser) =>
  record.submittedBy.role === 'agent' && record.submittedBy.userId === auth.id && auth.roles.includes('agent');
