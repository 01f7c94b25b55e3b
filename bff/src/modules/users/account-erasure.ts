import { type FastifyInstance } from 'fastify';
import { type Connection } from 'mongoose';
import { updateVersioned } from '../../lib/store';
import { addressesModel } from './addresses.model';
import { bumpAccess } from './access-change';
import { usersModel, type UserRecord } from './users.model';

/**
 * Everything personal or identifying on a user record, removed by 注销账号: the verified
 * profile (name, ID number and phone, as ciphertext and keyed hashes), the WeChat identity
 * (so the next login with that WeChat is a new account) and the session key, the default
 * address and every role assignment.
 */
const ERASED_FIELDS = [
  'profile',
  'unionid',
  'weappOpenid',
  'h5Openid',
  'sessionKeyEnc',
  'defaultAddressId',
  'activeRole',
  'department',
  'staffKind',
  'hall',
  'departmentHead',
  'station',
  'courierCompany',
] as const;

/**
 * For the privacy module (account deletion): erases the record as read at `version` — one
 * version-guarded update, so a profile or role change at the same moment makes it null (the
 * caller answers 409) — and marks it deleted; the user's access change token moves, so every
 * session's next request is refused. Outcomes: the erased record, or null.
 */
export async function eraseAccount(
  app: FastifyInstance,
  userId: string,
  version: number,
  at: Date,
): Promise<UserRecord | null> {
  const $unset = Object.fromEntries(ERASED_FIELDS.map((f) => [f, 1]));
  const erased = (await updateVersioned(usersModel(app.db), userId, version, {
    $unset,
    $set: { deletedAt: at, roles: ['resident'] },
  })) as UserRecord | null;
  if (erased) await bumpAccess(app.db, userId);
  return erased;
}

/** For the privacy module: removes every address of the user; how many went. */
export async function removeAddressesOf(conn: Connection, userId: string): Promise<number> {
  const { deletedCount } = await addressesModel(conn).deleteMany({ userId });
  return deletedCount;
}
