import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { type MeResponse } from '@onetrip/shared';
import { usersModel, type UserRecord } from './users.model';
import { toMeResponse } from './user-view';
import { UserErrors } from './users.errors';

/** The signed-in user's record. Outcomes: the record; 401 when the account no longer exists or was deleted. */
export async function loadSignedInUser(app: FastifyInstance, userId: string): Promise<UserRecord> {
  const user = isValidObjectId(userId) ? await usersModel(app.db).findById(userId).lean<UserRecord>() : null;
  // A deleted account (注销) is gone for its sessions too.
  if (!user || user.deletedAt) throw UserErrors.loggedOut();
  return user;
}

/** `GET /me`. Outcomes: the user with the profile masked (name in full); 401 when the account is gone. */
export async function getMe(app: FastifyInstance, userId: string): Promise<MeResponse> {
  return toMeResponse(app.pii, await loadSignedInUser(app, userId), { fullName: true });
}
