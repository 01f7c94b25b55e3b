import { z } from 'zod';
import { GOVERNMENT_HOTLINE } from '../constants/centre';
import { ApplicationView, FormDataInput } from './application';
import { IdNumber, PersonName, PhoneNumber, Region } from './auth';
import { CaseStatus } from './case-status';
import { CatalogCode } from './catalog';
import { ObjectIdString, Text } from './common';
import { HallDate, ServicePhone } from './hall';
import { NoticeProblem } from './staff';

/**
 * Walk-in intake at the counter (柜台受理): the clerk of a comprehensive window
 * (or a department window, for its own items) finds or registers the person,
 * starts one case for them, fills it, scans the papers, checks the originals,
 * chooses the delivery, and accepts it in the same visit — or refuses the
 * intake with a one-time notice (一次性告知书). Routes: docs/decisions.md, "The hall".
 */

/**
 * The centre as its printed papers name it (受理回执, 一次性告知书): its name,
 * street address and consultation line (a landline, 12345 or a 400 number).
 * `PUT /admin/config/centre` (admin) sets it; `GET /admin/config/centre`
 * (admin, staff) reads it (404 until set).
 */
export const CentreContact = z.strictObject({
  name: Text(40),
  address: Text(120, 4),
  phone: ServicePhone,
});
export type CentreContact = z.infer<typeof CentreContact>;

/**
 * `GET /centre` (public, no login): whom a resident can call. `name`,
 * `address` and `phone` are the centre's contact as the admin set it
 * (`CentreContact`), null until set; `hotline` is always 12345
 * (`GOVERNMENT_HOTLINE`); `hours` the hall's opening hours in words.
 */
export const CentrePublic = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  hotline: z.literal(GOVERNMENT_HOTLINE),
  hours: z.string(),
});
export type CentrePublic = z.infer<typeof CentrePublic>;

/** A person as the counter shows them: ID and phone numbers masked. */
export const CounterPerson = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  /** a WeChat account verified with this ID number exists: the person's cases show there already */
  wechatVerified: z.boolean(),
  updatedAt: z.string(),
});
export type CounterPerson = z.infer<typeof CounterPerson>;

/** POST /counter/persons/lookup — the ID number travels in the body, never in a URL. */
export const CounterLookupBody = z.strictObject({ idNumber: IdNumber });
export type CounterLookupBody = z.infer<typeof CounterLookupBody>;

/** The answer of a lookup: `person: null` when nobody with that ID number is known (register them). */
export const CounterLookupResult = z.object({ person: CounterPerson.nullable() });
export type CounterLookupResult = z.infer<typeof CounterLookupResult>;

/**
 * POST /counter/persons: registers the person (201) or, for an ID number
 * already registered, updates the name and phone (200). The name must match
 * the ID number at the real-name service.
 */
export const CounterPersonBody = z.strictObject({ name: PersonName, idNumber: IdNumber, phone: PhoneNumber });
export type CounterPersonBody = z.infer<typeof CounterPersonBody>;

/** One row of GET /counter/persons/:id/cases: the person's cases started at a counter the clerk may serve. */
export const CounterCaseRow = z.object({
  id: z.string(),
  number: z.string().optional(),
  status: CaseStatus,
  itemNames: z.array(z.string()),
  hall: z.string(),
  updatedAt: z.string(),
});
export type CounterCaseRow = z.infer<typeof CounterCaseRow>;
export const CounterCaseList = z.object({ items: z.array(CounterCaseRow), total: z.number().int() });
export type CounterCaseList = z.infer<typeof CounterCaseList>;

/** POST /counter/cases: one or several items (一次办多事), or a chain (一链办理), for a registered person. */
export const CounterCaseBody = z.union([
  z.strictObject({ personId: ObjectIdString, items: z.array(CatalogCode).min(1).max(10) }),
  z.strictObject({ personId: ObjectIdString, chain: CatalogCode }),
]);
export type CounterCaseBody = z.infer<typeof CounterCaseBody>;

/** An express address typed at the counter (a walk-in has no address book here). */
export const CounterAddress = z.strictObject({
  name: PersonName,
  phone: PhoneNumber,
  region: Region,
  detail: Text(120, 4),
  postcode: z
    .string()
    .regex(/^[0-9]{6}$/, '邮编为6位数字')
    .optional(),
});
export type CounterAddress = z.infer<typeof CounterAddress>;

/** Window pick-up, express to an address typed at the counter, or 电子送达 (every item must offer it). */
export const CounterDelivery = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('window') }),
  z.strictObject({ method: z.literal('express'), address: CounterAddress }),
  z.strictObject({ method: z.literal('electronic') }),
]);
export type CounterDelivery = z.infer<typeof CounterDelivery>;

/** PATCH /counter/cases/:id (If-Match): form values and/or the delivery, as the resident's PATCH. */
export const CounterPatchBody = z
  .strictObject({ data: FormDataInput.optional(), delivery: CounterDelivery.nullable().optional() })
  .refine((b) => b.data !== undefined || b.delivery !== undefined, { message: '没有要修改的内容' });
export type CounterPatchBody = z.infer<typeof CounterPatchBody>;

/** PUT /counter/cases/:id/materials/:materialCode/original (If-Match): 原件核验 of one material. */
export const OriginalCheckBody = z.strictObject({ checked: z.boolean() });
export type OriginalCheckBody = z.infer<typeof OriginalCheckBody>;

const MaterialCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '材料编码格式不正确');

/**
 * POST /counter/cases/:id/accept (If-Match): submit and accept in one step.
 * `gaps` names every missing material accepted with a gap (容缺受理: each must
 * be gapAllowed and still missing); `gapsDue` the day they are promised by
 * (default: five working days after today). Anything else missing → 422
 * INCOMPLETE listing all of it. The body may be absent.
 */
export const CounterAcceptBody = z
  .strictObject({
    gaps: z
      .array(MaterialCode)
      .max(50)
      .refine((codes) => new Set(codes).size === codes.length, '容缺材料不能重复')
      .optional(),
    gapsDue: HallDate.optional(),
  })
  .nullish();
export type CounterAcceptBody = z.infer<typeof CounterAcceptBody>;

/**
 * POST /counter/cases/:id/refuse (If-Match): the intake is refused with a
 * one-time notice (一次性告知书). It lists everything still missing (worked out
 * by the server) plus the clerk's own `problems` (e.g. an expired ID card).
 * The case stays a draft to be continued when the person comes back.
 */
export const CounterRefuseBody = z.strictObject({ problems: z.array(NoticeProblem).max(50).optional() }).nullish();
export type CounterRefuseBody = z.infer<typeof CounterRefuseBody>;

/** Something the case still lacks; `gapAllowed`: may be accepted with a gap (容缺受理). */
export const CounterMissing = z.object({
  field: z.string().optional(),
  materialCode: z.string().optional(),
  reason: z.string(),
  gapAllowed: z.boolean(),
});
export type CounterMissing = z.infer<typeof CounterMissing>;

/** Where and by whom the case was started at the counter. */
export const CaseCounterView = z.object({
  hall: z.string(),
  personId: z.string(),
  startedBy: z.string(),
  startedAt: z.string(),
});

/**
 * Every counter route's answer about a case: the case (masked, as the
 * resident sees it, with `materials[].originalChecked`), where it was started,
 * and what is still missing now (empty once it can be accepted without gaps).
 */
export const CounterCaseView = ApplicationView.extend({
  counter: CaseCounterView,
  missing: z.array(CounterMissing),
  acceptedAt: z.string().optional(),
});
export type CounterCaseView = z.infer<typeof CounterCaseView>;

export const RECEIPT_KINDS = ['acceptance', 'notice'] as const;
/** `acceptance`: 受理回执; `notice`: 一次性告知书. */
export const ReceiptKind = z.enum(RECEIPT_KINDS);
export type ReceiptKind = z.infer<typeof ReceiptKind>;

/**
 * GET /counter/cases/:id/receipt: the printable document of the case as text
 * (the PDF at `/receipt.pdf` is these lines laid out): the 受理回执 once
 * accepted, else the latest 一次性告知书 of a refused intake.
 */
export const CounterReceipt = z.object({
  kind: ReceiptKind,
  title: z.string(),
  /** the case number (an accepted case), or null (a refused intake has none yet) */
  number: z.string().nullable(),
  issuedAt: z.string(),
  sections: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })),
});
export type CounterReceipt = z.infer<typeof CounterReceipt>;

/**
 * POST /counter/cases/:id/receipt/sms: texts the case number and a link to
 * the receipt's PDF (`GET /receipts/:token`, no sign-in, valid `expiresAt`) to
 * the person's phone.
 */
export const ReceiptSmsResult = z.object({ kind: ReceiptKind, sentTo: z.string(), expiresAt: z.string() });
export type ReceiptSmsResult = z.infer<typeof ReceiptSmsResult>;

/** GET /receipts/:token — the texted token: 32 url-safe characters. */
export const ReceiptTokenParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{32}$/, '链接无效'),
});
export type ReceiptTokenParams = z.infer<typeof ReceiptTokenParams>;
