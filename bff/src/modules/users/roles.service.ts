import { type FastifyInstance } from 'fastify';
import { STAFF_KIND_LABELS, type MeResponse, type Role, type RolesBody, type StaffKind } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { usersModel, type UserRecord } from './users.model';
import { updateVersioned } from '../../lib/store';
import { UserErrors } from './users.errors';
import { rolesOf, toMeResponse } from './user-view';
import { bumpAccess } from './access-change';
import { keptCourierCompanies, keptStations, stationName } from './config-lists.service';

/** Each role that acts for someone needs to know for whom: the field and the message when it is missing. */
const NEEDS = {
  agent: ['station', '代办员必须指定服务站点'],
  courier: ['courierCompany', '快递员必须指定快递公司'],
} as const satisfies Partial<Record<Role, readonly [keyof RolesBody, string]>>;

/**
 * What a staff member works for: a department window (the default, as before kinds existed) needs its
 * department and may name its hall; a comprehensive or results window needs its hall and takes no
 * department (it works for all of them). Without the staff role all three are removed.
 */
function staffChanges(roles: Role[], body: RolesBody, $set: Record<string, unknown>, $unset: Record<string, 1>) {
  if (!roles.includes('staff')) {
    Object.assign($unset, { department: 1, staffKind: 1, hall: 1, departmentHead: 1 });
    return;
  }
  const kind = body.staffKind ?? 'department';
  $set.staffKind = kind;
  if (kind === 'department') {
    if (body.department === undefined) throw UserErrors.roleIncomplete('department', '窗口人员必须指定所属部门');
    $set.department = body.department;
  } else {
    const label = STAFF_KIND_LABELS[kind];
    if (body.hall === undefined) throw UserErrors.roleIncomplete('hall', `${label}人员必须指定所在大厅`);
    if (body.department !== undefined)
      throw UserErrors.roleIncomplete('department', `${label}人员不隶属于部门，请勿指定部门`);
    $unset.department = 1;
  }
  if (body.hall !== undefined) $set.hall = body.hall;
  else $unset.hall = 1;
  departmentHeadChange(kind, body, $set, $unset);
}

/** 部门负责人 (the daily summary, every chase of the department): a department window only; absent = not. */
function departmentHeadChange(
  kind: StaffKind,
  body: RolesBody,
  $set: Record<string, unknown>,
  $unset: Record<string, 1>,
) {
  if (body.departmentHead && kind !== 'department')
    throw UserErrors.roleIncomplete('departmentHead', '部门负责人须为部门窗口人员');
  if (body.departmentHead) $set.departmentHead = true;
  else $unset.departmentHead = 1;
}

/** `$set`/`$unset` for a roles change: assignments are kept only for the roles that use them. */
function changesOf(user: UserRecord, roles: Role[], body: RolesBody) {
  const $set: Record<string, unknown> = { roles };
  const $unset: Record<string, 1> = {};
  staffChanges(roles, body, $set, $unset);
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
 * Once the centre keeps its lists (`PUT /admin/config/stations`, `/courier-companies`), an agent's
 * station and a courier's company must be on them: one spelling of each, as the console offers.
 */
async function assertOnLists(app: FastifyInstance, roles: Role[], body: RolesBody): Promise<void> {
  const { station, courierCompany } = body;
  if (roles.includes('agent') && station) {
    const kept = await keptStations(app.db);
    if (kept && !kept.some((s) => s.town === station.town && s.village === station.village))
      throw UserErrors.notOnList('station', `${stationName(station)}不在中心的代办服务站点名单中`);
  }
  if (roles.includes('courier') && courierCompany) {
    const kept = await keptCourierCompanies(app.db);
    if (kept && !kept.includes(courierCompany))
      throw UserErrors.notOnList('courierCompany', `${courierCompany}不在中心的快递公司名单中`);
  }
}

/**
 * `PUT /admin/users/:id/roles`: replaces a user's roles and what they act
 * for. `resident` is always kept; `staff` needs `department` (the default
 * kind `department`) or `hall` (kinds `comprehensive` and `results`, which take
 * no department), `agent` `station`, `courier` `courierCompany`; assignments
 * of roles not held are removed.
 *
 * Outcomes:
 * - the user as MeResponse, personal data masked (name too); audit `user.roles`;
 * - 400 VALIDATION_FAILED: a role without what it needs, a department for a hall-wide staff kind (nothing written);
 * - 400 VALIDATION_FAILED: a station or company not on the lists the centre keeps;
 * - 404 NOT_FOUND: no such user;
 * - 409 VERSION_CONFLICT: the user changed meanwhile, or since the version the admin saw (`ifMatch`, optional).
 */
export async function setRoles(
  app: FastifyInstance,
  admin: UserRecord,
  userId: string,
  body: RolesBody,
  requestId: string,
  ifMatch?: number,
): Promise<MeResponse> {
  const Users = usersModel(app.db);
  const user = await Users.findById(userId).lean<UserRecord>();
  if (!user) throw UserErrors.notFound();
  if (ifMatch !== undefined && ifMatch !== user.version) throw UserErrors.versionConflict();
  const roles = rolesOf({ roles: body.roles });
  const { $set, $unset } = changesOf(user, roles, body);
  await assertOnLists(app, roles, body);
  const updated = (await updateVersioned(Users, user._id.toHexString(), user.version, {
    $set,
    ...(Object.keys($unset).length ? { $unset } : {}),
  })) as UserRecord | null;
  if (!updated) throw UserErrors.versionConflict();
  // Authorisation reads roles through a cache under this token: the next request sees the change.
  await bumpAccess(app.db, userId);

  await recordAudit(app.db, {
    actor: { userId: admin._id.toHexString(), role: 'admin' },
    action: 'user.roles',
    target: userId,
    requestId,
  });
  return toMeResponse(app.pii, updated, { fullName: false });
}
