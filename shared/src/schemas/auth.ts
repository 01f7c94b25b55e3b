import { z } from 'zod';
import { PLATFORMS, ROLES, STAFF_KINDS } from '../constants/roles';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '../rules/id-number';
import { PHONE_PATTERN } from '../rules/mask';
import { PageQuery, Text } from './common';

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
  /** staff of a department who head it (部门负责人); absent otherwise */
  departmentHead: z.boolean().optional(),
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
  /** a department window's head (部门负责人): gets the daily summary and every chase of the department */
  departmentHead: z.boolean().optional(),
  station: Station.optional(),
  courierCompany: Text(40).optional(),
});
export type RolesBody = z.infer<typeof RolesBody>;

/**
 * The agent stations (代办服务站点) an admin keeps (`PUT /admin/config/stations`): each once, at most
 * STATIONS_MAX. Once kept, an agent's station must be one of them.
 */
export const STATIONS_MAX = 500;
export const StationsBody = z
  .strictObject({ stations: z.array(Station).max(STATIONS_MAX, `最多 ${STATIONS_MAX} 个服务站点`) })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.stations.forEach((s, i) => {
      const key = `${s.town}/${s.village}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['stations', i], message: `${s.town}${s.village}重复` });
      seen.add(key);
    });
  });
export type StationsBody = z.infer<typeof StationsBody>;
export const StationList = z.object({ stations: z.array(Station) });
export type StationList = z.infer<typeof StationList>;

/**
 * The courier companies an admin keeps (`PUT /admin/config/courier-companies`): each once, 1 to
 * COURIER_COMPANIES_MAX. Once kept, a courier's company must be one of them.
 */
export const COURIER_COMPANIES_MAX = 50;
export const CourierCompaniesBody = z
  .strictObject({
    companies: z
      .array(Text(40))
      .min(1, '至少保留一家快递公司')
      .max(COURIER_COMPANIES_MAX, `最多 ${COURIER_COMPANIES_MAX} 家快递公司`),
  })
  .superRefine((body, ctx) => {
    body.companies.forEach((name, i) => {
      if (body.companies.indexOf(name) !== i)
        ctx.addIssue({ code: 'custom', path: ['companies', i], message: `${name}重复` });
    });
  });
export type CourierCompaniesBody = z.infer<typeof CourierCompaniesBody>;
export const CourierCompanyList = z.object({ companies: z.array(z.string()) });
export type CourierCompanyList = z.infer<typeof CourierCompanyList>;

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

/**
 * What the admin's people search (`GET /admin/users?q=`) looks for, judged from `q` alone: a name
 * (a part of it), a phone masked as the console shows it (`138****1234`), a full phone, a full ID
 * number, or a user id (as the audit log names people). Null: none of these.
 */
export type UserQueryKind = 'name' | 'maskedPhone' | 'phone' | 'idNumber' | 'userId';

export const MASKED_PHONE_PATTERN = /^1[3-9][0-9]\*{4}[0-9]{4}$/;
const NAME_PART = /^[\u4e00-\u9fa5·A-Za-z ]{1,30}$/;
const ID_NUMBER_LIKE = /^[0-9]{17}[0-9X]$/;

/** `q` as searched: trimmed, full-width ＊ and x read as * and X. */
export const normaliseUserQuery = (q: string) =>
  q
    .trim()
    .replace(/＊/g, '*')
    .replace(/^([0-9]{17})x$/, '$1X');

export function userQueryKind(q: string): UserQueryKind | null {
  if (PHONE_PATTERN.test(q)) return 'phone';
  if (MASKED_PHONE_PATTERN.test(q)) return 'maskedPhone';
  if (ID_NUMBER_LIKE.test(q)) return 'idNumber';
  if (/^[0-9a-f]{24}$/.test(q)) return 'userId';
  if (NAME_PART.test(q)) return 'name';
  return null;
}

/** The kinds of `q` that name a person's number: such a search is a read of personal data (audited). */
export const NUMBER_QUERY_KINDS: ReadonlySet<UserQueryKind> = new Set(['phone', 'maskedPhone', 'idNumber']);

/** At most this many people match one search; a broader one is told to narrow (`capped`). */
export const USER_SEARCH_CAP = 200;

/** `GET /admin/users?q=&role=&page=&pageSize=`: a person by `q`, or everyone holding `role`, or both. */
export const UserSearchQuery = z
  .strictObject({
    q: z.string().max(40).transform(normaliseUserQuery).optional(),
    role: Role.optional(),
    ...PageQuery,
  })
  .superRefine((query, ctx) => {
    if (!query.q && !query.role) ctx.addIssue({ code: 'custom', path: ['q'], message: '请输入姓名、手机号或身份证号' });
    if (!query.q) return;
    const kind = userQueryKind(query.q);
    if (!kind) ctx.addIssue({ code: 'custom', path: ['q'], message: '请输入姓名、手机号（如 138****1234）或身份证号' });
    const check = kind === 'idNumber' ? checkIdNumber(query.q) : null;
    if (check && !check.ok) ctx.addIssue({ code: 'custom', path: ['q'], message: ID_NUMBER_MESSAGES[check.problem] });
  });
export type UserSearchQuery = z.infer<typeof UserSearchQuery>;

/** One person found: numbers masked; what their roles act for. */
export const UserSearchItem = z.object({
  id: z.string(),
  /** the verified name; null for someone who has not verified (found by id or role only) */
  name: z.string().nullable(),
  phoneMasked: z.string().optional(),
  idNumberMasked: z.string().optional(),
  roles: z.array(Role),
  department: z.string().optional(),
  staffKind: StaffKind.optional(),
  hall: z.string().optional(),
  station: Station.optional(),
  courierCompany: z.string().optional(),
  /** staff: 部门负责人 (receives the department's daily supervision summary) */
  departmentHead: z.boolean().optional(),
  /** what `PUT /admin/users/:id/roles` takes as `If-Match` */
  version: z.number().int(),
});
export type UserSearchItem = z.infer<typeof UserSearchItem>;

export const UserSearchList = z.object({
  items: z.array(UserSearchItem),
  total: z.number().int(),
  /** more than USER_SEARCH_CAP matched: only the first ones are counted and listed */
  capped: z.boolean(),
});
export type UserSearchList = z.infer<typeof UserSearchList>;
