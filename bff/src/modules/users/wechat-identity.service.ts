import { type FastifyInstance } from 'fastify';
import { type Platform, type Role } from '@onetrip/shared';
import { type WechatIdentity } from '../../plugins/app/wechat';
import { usersModel, type UserRecord } from './users.model';
import { isDuplicateKey } from '../../lib/store';
import { bumpAccess } from './access-change';

export interface WechatLogin extends WechatIdentity {
  platform: Platform;
}

const OPENID_FIELD = { weapp: 'weappOpenid', h5: 'h5Openid' } as const satisfies Record<Platform, string>;
const ATTEMPTS = 3;

/**
 * Finds the user of a WeChat identity — by unionid first, else by the
 * platform's openid — or creates them, and records the identity, the
 * encrypted session_key and the bootstrap admin role.
 *
 * Outcomes: the user record. Concurrent first logins converge on one user:
 * the unique indexes refuse the second insert (11000) and we find the first.
 * Throws only on database failure.
 */
export async function upsertWechatUser(app: FastifyInstance, login: WechatLogin): Promise<UserRecord> {
  const Users = usersModel(app.db);
  const openidField = OPENID_FIELD[login.platform];
  const roles: Role[] = app.config.ONETRIP_ADMIN_OPENIDS.includes(login.openid) ? ['resident', 'admin'] : ['resident'];
  const identity = {
    [openidField]: login.openid,
    ...(login.unionid ? { unionid: login.unionid } : {}),
    ...(login.sessionKey ? { sessionKeyEnc: app.pii.encrypt(login.sessionKey) } : {}),
  };

  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const existing =
      (login.unionid ? await Users.findOne({ unionid: login.unionid }).lean<UserRecord>() : null) ??
      (await Users.findOne({ [openidField]: login.openid }).lean<UserRecord>());
    if (existing) {
      const updated = await Users.findOneAndUpdate(
        // Not onto an account deleted a moment ago: its identity is being unlinked (account-erasure.ts).
        { _id: existing._id, deletedAt: null },
        { $set: identity, $addToSet: { roles: { $each: roles } } },
        { new: true },
      ).lean<UserRecord>();
      if (!updated) continue;
      // The bootstrap admin role just added: the person's other sessions see it on their next request.
      if (roles.some((role) => !existing.roles.includes(role))) await bumpAccess(app.db, updated._id.toHexString());
      return updated;
    }
    try {
      const created = await Users.create({ ...identity, roles });
      return created.toObject<UserRecord>();
    } catch (err) {
      if (!isDuplicateKey(err) || attempt === ATTEMPTS) throw err;
      // Someone else created this user a moment ago: find it on the next turn.
    }
  }
  throw new Error('could not find or create the WeChat user');
}
