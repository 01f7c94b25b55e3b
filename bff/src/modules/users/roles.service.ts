import { type FastifyInstance } from 'fastify';
import { type MeResponse, type Role, type RolesBody } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { usersModel, type UserRecord } from './users.model';
import { updateVersioned } from '../../lib/store';
import { UserErrors } from './users.errors';
import { rolesOf, toMeResponse } from './user-view';

/** Each role that acts for someone needs to know for whom: the field and the message when it is missing. */
const NEEDS = {
  staff: ['department', '窗口人员必须指定所属部门'],
  agent: ['station', '代办员必须指定服务站点'],
  courier: ['courierCompany', '快递员必须指定快递公司'],
} as const satisfies Partial<Record<Role, readonly [keyof RolesBody, string]>>;

/** `$set`/`$unset` for a roles change: assignments are kept only for the roles that use them. */
function changesOf(user: UserRecord, roles: Role[], body: RolesBody) {
  const $set: Record<string, unknown> = { roles };
  const $unset: Record<string, 1> = {};
  for (const [role, [field, message]] of Object.entries(NEEDS)) {
    const holds = roles.includes(role as Role);
    if (holds && body[field] === undefined) throw UserErrors.roleIncomplete(field, message);
    if (holds) $set[field] = body[field];
    else $unset[field] = 1;
  }
  if (user.activeRole && !roles.includes(user.activeRole as Role)) $unset.activeRole = 1;
  return { $set, $unset };
}

/**
 * `PUT /admin/users/:id/roles`: replaces a user's roles and what they act
 * for. `resident` is always kept; `staff` needs `department`, `agent`
 * `station`, `courier` `courierCompany`; assignments of roles not held are removed.
 *
 * Outcomes:
 * - the user as MeResponse, personal data masked (name too); audit `user.roles`;
 * - 400 VALIDATION_FAILED: a role without what it needs;
 * - 404 NOT_FOUND: no such user;
 * - 409 VERSION_CONFLICT: the user changed meanwhile.
 */
export async function setRoles(
  app: FastifyInstance,
  admin: UserRecord,
  userId: string,
  body: RolesBody,
  requestId: string,
): Promise<MeResponse> {
  const Users = usersModel(app.db);
  const user = await Users.findById(userId).lean<UserRecord>();
  if (!user) throw UserErrors.notFound();
  const roles = rolesOf({ roles: body.roles });
  const { $set, $unset } = changesOf(user, roles, body);
  const updated = (await updateVersioned(Users, user._id.toHexString(), user.version, {
    $set,
    ...(Object.keys($unset).length ? { $unset } : {}),
  })) as UserRecord | null;
  if (!updated) throw UserErrors.versionConflict();

  await recordAudit(app.db, {
    actor: { userId: admin._id.toHexString(), role: 'admin' },
    action: 'user.roles',
    target: userId,
    requestId,
  });
  return toMeResponse(app.pii, updated, { fullName: false });
}
