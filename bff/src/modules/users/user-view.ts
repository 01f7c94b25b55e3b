import {
  ROLES,
  maskIdNumber,
  maskName,
  maskPhone,
  type MeResponse,
  type ProfileView,
  type Role,
  type StaffKind,
} from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { type UserProfile, type UserRecord } from './users.model';

/** The user's roles in the contract's order; `resident` is always one of them. */
export function rolesOf(user: Pick<UserRecord, 'roles'>): Role[] {
  const held = new Set<string>(['resident', ...user.roles]);
  return ROLES.filter((role) => held.has(role));
}

/** A staff member's kind; records from before kinds existed (and old role bodies) are `department`. */
export const staffKindOf = (user: Pick<UserRecord, 'staffKind'>): StaffKind =>
  (user.staffKind as StaffKind | null | undefined) ?? 'department';

/**
 * The profile as it may leave the server: ID and phone numbers masked. The
 * name is shown in full only to the person themself.
 */
export function toProfileView(pii: Pii, profile: UserProfile, opts: { fullName: boolean }): ProfileView {
  return {
    name: opts.fullName ? profile.name : maskName(profile.name),
    idNumberMasked: maskIdNumber(pii.decrypt(profile.idNumberEnc)),
    phoneMasked: maskPhone(pii.decrypt(profile.phoneEnc)),
    verified: profile.verified,
  };
}

/** `GET /me` for oneself (`fullName`), and the admin's view of a user (name masked too). */
export function toMeResponse(pii: Pii, user: UserRecord, opts: { fullName: boolean }): MeResponse {
  const roles = rolesOf(user);
  const activeRole = user.activeRole && roles.includes(user.activeRole as Role) ? (user.activeRole as Role) : undefined;
  return {
    id: user._id.toHexString(),
    roles,
    ...(activeRole ? { activeRole } : {}),
    profile: user.profile ? toProfileView(pii, user.profile, opts) : null,
    ...(user.station ? { station: { town: user.station.town, village: user.station.village } } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(roles.includes('staff') ? { staffKind: staffKindOf(user) } : {}),
    ...(roles.includes('staff') && user.hall ? { hall: user.hall } : {}),
    ...(roles.includes('staff') && user.departmentHead ? { departmentHead: true } : {}),
    ...(user.courierCompany ? { courierCompany: user.courierCompany } : {}),
  };
}
