import { type FastifyInstance } from 'fastify';
import { Types } from 'mongoose';
import {
  maskIdNumber,
  maskPhone,
  NUMBER_QUERY_KINDS,
  USER_SEARCH_CAP,
  userQueryKind,
  type UserQueryKind,
  type UserSearchItem,
  type UserSearchList,
  type UserSearchQuery,
} from '@onetrip/shared';
import { recordAudit } from '../audit';
import { usersModel, type UserRecord } from './users.model';
import { rolesOf, staffKindOf } from './user-view';

/** Only what a row shows: FerretDB reads every user for a search, so each row should be small. */
const PROJECTION = {
  roles: 1,
  department: 1,
  staffKind: 1,
  hall: 1,
  station: 1,
  courierCompany: 1,
  departmentHead: 1,
  version: 1,
  'profile.name': 1,
  'profile.phoneMasked': 1,
  'profile.phoneEnc': 1,
  'profile.idNumberEnc': 1,
} as const;

type Found = Pick<
  UserRecord,
  '_id' | 'roles' | 'department' | 'staffKind' | 'hall' | 'station' | 'courierCompany' | 'departmentHead'
> & {
  version: number;
  profile?: { name?: string; phoneMasked?: string | null; phoneEnc?: string; idNumberEnc?: string } | null;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The filter of one kind of `q`: full numbers through their keyed hash, a masked phone by its mask, a name by a part. */
function filterOf(app: Pick<FastifyInstance, 'pii'>, kind: UserQueryKind, q: string): Record<string, unknown> {
  switch (kind) {
    case 'phone':
      return { 'profile.phoneHash': app.pii.hash(q) };
    case 'idNumber':
      return { 'profile.idNumberHash': app.pii.hash(q) };
    case 'maskedPhone':
      return { 'profile.phoneMasked': q };
    case 'userId':
      return { _id: new Types.ObjectId(q) };
    case 'name':
      return { 'profile.name': new RegExp(escapeRegExp(q), 'i') };
  }
}

function toItem(app: Pick<FastifyInstance, 'pii'>, user: Found): UserSearchItem {
  const roles = rolesOf(user);
  const profile = user.profile;
  const phoneMasked = profile?.phoneMasked ?? (profile?.phoneEnc ? maskPhone(app.pii.decrypt(profile.phoneEnc)) : null);
  const staff = roles.includes('staff');
  return {
    id: user._id.toHexString(),
    name: profile?.name ?? null,
    ...(phoneMasked ? { phoneMasked } : {}),
    ...(profile?.idNumberEnc ? { idNumberMasked: maskIdNumber(app.pii.decrypt(profile.idNumberEnc)) } : {}),
    roles,
    ...(user.department ? { department: user.department } : {}),
    ...(staff ? { staffKind: staffKindOf(user) } : {}),
    ...(staff && user.hall ? { hall: user.hall } : {}),
    ...(user.station ? { station: { town: user.station.town, village: user.station.village } } : {}),
    ...(user.courierCompany ? { courierCompany: user.courierCompany } : {}),
    ...(staff && user.departmentHead ? { departmentHead: true } : {}),
    version: user.version,
  };
}

const byName = (a: Found, b: Found) =>
  (a.profile?.name ?? '\uffff').localeCompare(b.profile?.name ?? '\uffff', 'zh-Hans-CN') ||
  a._id.toHexString().localeCompare(b._id.toHexString());

/**
 * `GET /admin/users?q=&role=&page=&pageSize=` (admin): people by a part of their name, a phone
 * masked as the console shows it (`138****1234`), a full phone or ID number (through the keyed
 * hash: nothing is decrypted to compare), or a user id; or everyone holding `role`; both together
 * narrow. One read of at most USER_SEARCH_CAP + 1 users with only the fields a row shows; sorted
 * by name, then paged.
 *
 * Outcomes: `{items, total, capped}` with every number masked; a search by a number (full or
 * masked) is a read of someone's data, audited `user.search` with the kind of query and the ids
 * shown — never the number itself.
 */
export async function searchUsers(
  app: Pick<FastifyInstance, 'db' | 'pii'>,
  admin: UserRecord,
  query: UserSearchQuery,
  requestId: string,
): Promise<UserSearchList> {
  const kind = query.q ? userQueryKind(query.q) : null;
  const filter = {
    ...(kind && query.q ? filterOf(app, kind, query.q) : {}),
    ...(query.role ? { roles: query.role } : {}),
  };
  const found = await usersModel(app.db)
    .find(filter)
    .select(PROJECTION)
    .sort({ _id: 1 })
    .limit(USER_SEARCH_CAP + 1)
    .lean<Found[]>();
  const matched = found.slice(0, USER_SEARCH_CAP).sort(byName);
  const start = (query.page - 1) * query.pageSize;
  const items = matched.slice(start, start + query.pageSize).map((user) => toItem(app, user));
  if (kind && NUMBER_QUERY_KINDS.has(kind)) {
    await recordAudit(app.db, {
      actor: { userId: admin._id.toHexString(), role: 'admin' },
      action: 'user.search',
      target: `${kind}:${items.map((i) => i.id).join(',')}`,
      requestId,
    });
  }
  return { items, total: matched.length, capped: found.length > USER_SEARCH_CAP };
}
