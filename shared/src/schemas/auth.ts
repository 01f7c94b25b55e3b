import { z } from 'zod';
import { PLATFORMS, ROLES, STAFF_KINDS } from '../constants/roles';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '../rules/id-number';
import { PHONE_PATTERN } from '../rules/mask';
import { Text } from './common';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A staff member's kind (constants/roles.ts); a staff member without one is `department`. */
export const StaffKind = z.enum(STAFF_KINDS);
export type StaffKind = z.infer<typeof StaffKind>;

/** The name of a service hall (大厅) a comprehensive or results window works in. */
export const StaffHall = Text(40);

export const WechatLoginBody = z.strictObject({
  code: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, '登录凭证格式不正确'),
  platform: z.enum(PLATFORMS).default('weapp'),
});
export type WechatLoginBody = z.infer<typeof WechatLoginBody>;

export const RefreshBody = z.strictObject({ refreshToken: z.string().min(16).max(512) });
export type RefreshBody = z.infer<typeof RefreshBody>;

export const SessionUser = z.object({ id: z.string(), roles: z.array(Role), realNameVerified: z.boolean() });
export const TokenPair = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  user: SessionUser,
});
export type TokenPair = z.infer<typeof TokenPair>;

/** A resident ID number: ASCII digits, GB 11643 region, birth date and check digit. */
export const IdNumber = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((value, ctx) => {
    const check = checkIdNumber(value);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[check.problem], params: { problem: check.problem } });
  });

export const PhoneNumber = z.string().trim().regex(PHONE_PATTERN, '手机号格式不正确');

export const PersonName = Text(30, 2).regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字、字母和间隔号');

export const ProfileBody = z.strictObject({
  name: PersonName,
  idNumber: IdNumber,
  phoneCode: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, '手机号授权码格式不正确'),
});
export type ProfileBody = z.infer<typeof ProfileBody>;

export const ProfileView = z.object({
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  verified: z.boolean(),
});
export type ProfileView = z.infer<typeof ProfileView>;

/** A person as others see them: the name, ID number and phone masked. */
export const MaskedPerson = z.object({ name: z.string(), idNumberMasked: z.string(), phoneMasked: z.string() });
export type MaskedPerson = z.infer<typeof MaskedPerson>;

export const Station = z.strictObject({ town: Text(30), village: Text(30) });
export type Station = z.infer<typeof Station>;

export const MeResponse = z.object({
  id: z.string(),
  roles: z.array(Role),
  activeRole: Role.optional(),
  profile: ProfileView.nullable(),
  station: Station.optional(),
  department: z.string().optional(),
  /** staff only: the kind (`department` when none was set) and the hall, when set */
  staffKind: StaffKind.optional(),
  hall: z.string().optional(),
  courierCompany: z.string().optional(),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const Region = z.tuple([Text(20), Text(20), Text(20)]);

export const AddressBody = z.strictObject({
  name: PersonName,
  phone: PhoneNumber,
  region: Region,
  detail: Text(120, 4),
  postcode: z
    .string()
    .regex(/^[0-9]{6}$/, '邮编为6位数字')
    .optional(),
  isDefault: z.boolean().optional(),
});
export type AddressBody = z.infer<typeof AddressBody>;

export const AddressView = z.object({
  id: z.string(),
  name: z.string(),
  phoneMasked: z.string(),
  region: z.array(z.string()),
  detail: z.string(),
  postcode: z.string().optional(),
  isDefault: z.boolean(),
});
export type AddressView = z.infer<typeof AddressView>;
export const AddressList = z.object({ items: z.array(AddressView) });

/**
 * `PUT /admin/users/:id/roles`. With `staff`: `staffKind` (default `department`) needs `department` for
 * the department kind and `hall` for `comprehensive` and `results` (which take no department); the
 * service refuses a body that misses what the kind needs (400).
 */
export const RolesBody = z.strictObject({
  roles: z.array(Role).min(1).max(5),
  department: Text(40).optional(),
  staffKind: StaffKind.optional(),
  hall: StaffHall.optional(),
  station: Station.optional(),
  courierCompany: Text(40).optional(),
});
export type RolesBody = z.infer<typeof RolesBody>;

export const AdminConfig = z.object({
  departments: z.array(z.string()),
  courierCompanies: z.array(z.string()),
  stations: z.array(Station),
  /** 受审分离: whoever accepted a case may not approve or deny its items (on unless turned off) */
  separateAcceptanceFromApproval: z.boolean(),
});
export type AdminConfig = z.infer<typeof AdminConfig>;

/** `PUT /admin/config/hall`: the centre's hall settings. */
export const HallConfigBody = z.strictObject({ separateAcceptanceFromApproval: z.boolean() });
export type HallConfigBody = z.infer<typeof HallConfigBody>;

export const HallConfig = z.object({ separateAcceptanceFromApproval: z.boolean() });
export type HallConfig = z.infer<typeof HallConfig>;
