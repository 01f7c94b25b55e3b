import { z } from 'zod';
import { CaseCommitmentView, CommitmentOffer, GapView } from './commitment';
import { CatalogCode, FormField, Material, MaterialSlotKey } from './catalog';
import { CaseStatus } from './case-status';
import { IdNumber, MaskedPerson, PersonName, PhoneNumber, Role, Station } from './auth';
import { CaseAuthorizationView } from './authorization';
import { ShipmentView } from './shipment';
import { ObjectIdString, PageQuery, Text } from './common';
import { LicenceView } from './licence';
import { FEE_DUES } from '../rules/fees';
import { DELIVERY_METHODS } from '../constants/delivery';

/** A resident named by an agent who applies on their behalf. */
export const ApplicantInput = z.strictObject({ name: PersonName, idNumber: IdNumber, phone: PhoneNumber });
export type ApplicantInput = z.infer<typeof ApplicantInput>;

/** POST /applications: one or more items, or a chain (一链办理). */
export const CreateApplicationBody = z.union([
  z.strictObject({ items: z.array(CatalogCode).min(1).max(10), applicant: ApplicantInput.optional() }),
  z.strictObject({ chain: CatalogCode, applicant: ApplicantInput.optional() }),
]);
export type CreateApplicationBody = z.infer<typeof CreateApplicationBody>;

/** A form value as JSON carries it; its type is checked against the field by validateFormData. */
export const FormValueInput = z.union([
  z.string().max(5000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(200)).max(100),
  z.null(),
]);
export const FormDataInput = z.record(z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, '字段键格式不正确'), FormValueInput);
export type FormDataInput = z.infer<typeof FormDataInput>;

export const DeliveryChoice = z.strictObject({
  method: z.enum(DELIVERY_METHODS),
  addressId: ObjectIdString.optional(),
});
export type DeliveryChoice = z.infer<typeof DeliveryChoice>;

/** PATCH /applications/:id — status, amounts and owners are never client-settable. */
export const PatchApplicationBody = z
  .strictObject({ data: FormDataInput.optional(), delivery: DeliveryChoice.nullable().optional() })
  .refine((b) => b.data !== undefined || b.delivery !== undefined, { message: '没有要修改的内容' });
export type PatchApplicationBody = z.infer<typeof PatchApplicationBody>;

export const MaterialCodeParams = z.strictObject({
  id: ObjectIdString,
  materialCode: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '材料编码格式不正确'),
});
/** Which slot (人像面, 国徽面) a file of a slotted material fills. */
export const UploadSlot = z.strictObject({ uploadId: ObjectIdString, slot: MaterialSlotKey });
export type UploadSlot = z.infer<typeof UploadSlot>;

/**
 * `uploadIds` as API.md has it; `uploadSlots` (optional, additive) names the slot each file of a
 * slotted material fills — each file and each slot at most once, every file one of `uploadIds`.
 */
export const MaterialUploadsBody = z.strictObject({
  uploadIds: z.array(ObjectIdString).max(20),
  uploadSlots: z.array(UploadSlot).max(20).optional(),
});
export type MaterialUploadsBody = z.infer<typeof MaterialUploadsBody>;

/** If-Match carries the case version; Idempotency-Key a client-chosen key. */
export const IfMatchHeader = z.object({ 'if-match': z.string().regex(/^"?\d{1,9}"?$/, 'If-Match 应为版本号') });
export const IdempotencyHeader = z.object({
  'idempotency-key': z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Idempotency-Key 应为 8–64 位字母、数字、连字符'),
});

export const FeeView = z.object({
  items: z.number().int(),
  express: z.number().int(),
  total: z.number().int(),
  /** (not in API.md) when the case's one payment is due: the latest due of its charging items (rules/fees.ts) */
  due: z.enum(FEE_DUES),
  /** (not in API.md) the time has come: POST .../payments would place an order (paid or not: see `payment`) */
  payableNow: z.boolean(),
});
export const TimelineEvent = z.object({
  at: z.string(),
  /** `station`: where an agent acted from (代办点) */
  actor: z.object({ role: z.union([Role, z.literal('system'), z.literal('wechatpay')]), station: Station.optional() }),
  action: z.string(),
  note: z.string().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export const Notice = z.object({
  id: z.string(),
  at: z.string(),
  problems: z.array(
    z.object({ materialCode: z.string().optional(), field: z.string().optional(), reason: z.string() }),
  ),
});
export const PaymentView = z.object({
  id: z.string(),
  outTradeNo: z.string(),
  amount: z.number().int(),
  status: z.enum(['unpaid', 'paid', 'closed', 'refunding', 'refunded']),
  paidAt: z.string().optional(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const CaseItemView = z.object({
  code: z.string(),
  name: z.string(),
  department: z.string(),
  status: z.enum(['pending', 'approved', 'denied']),
  guideVersion: z.number().int(),
  /** (not in API.md) this item's own certificate number, once issued */
  certificateNo: z.string().optional(),
  /** (not in API.md) why it was denied (不予许可), or ended with the earlier item of the chain it depends on */
  denyReason: z.string().optional(),
  /** (not in API.md) a chain's earlier items whose result this item takes as a material: approved before it */
  dependsOn: z.array(z.string()).optional(),
});
/**
 * (not in API.md) A chain case's decision by its lead department after an item was denied:
 * go on with the other items, or stop (the case is denied). `covers`: the denied items it was made on.
 */
export const ChainDecisionView = z.object({
  goOn: z.boolean(),
  reason: z.string().optional(),
  at: z.string(),
  covers: z.array(z.string()),
});
export type ChainDecisionView = z.infer<typeof ChainDecisionView>;
/**
 * 材料免提交: what the centre already holds that stands for the material on this
 * case. `identity`: the applicant's real-name verified identity (系统已核验);
 * `licence`: an electronic licence of the applicant (电子证照) with its origin.
 * A held material counts as present; uploads stay possible (a clearer copy).
 */
export const MaterialHeldBy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('identity') }),
  /** 告知承诺制: the applicant's signed commitment replaces it (checked afterwards by the department) */
  z.object({ kind: z.literal('commitment'), signedAt: z.string() }),
  /** 一链办理: an earlier item of the same chain issues the licence that stands for it (由本链「itemName」办结后提供) */
  z.object({ kind: z.literal('chain'), itemCode: z.string(), itemName: z.string(), type: z.string() }),
  LicenceView.omit({ id: true }).extend({ kind: z.literal('licence'), licenceId: z.string() }),
]);
export type MaterialHeldBy = z.infer<typeof MaterialHeldBy>;

export const CaseMaterialView = Material.extend({
  itemCodes: z.array(z.string()),
  uploadIds: z.array(z.string()),
  /** 分面上传: the slot each file fills (files of a slotted material; none for a file that names none) */
  uploadSlots: z.array(z.object({ uploadId: z.string(), slot: z.string() })).optional(),
  heldBy: MaterialHeldBy.optional(),
  /** 原件核验: the clerk saw the original of this material at the counter */
  originalChecked: z.boolean().optional(),
});

/**
 * (not in API.md) Where a window pick-up case's result is collected: the window (the hall's window group
 * that handles the case's items, else 统一出件窗口), the hall it is in, the opening hours, the centre's
 * address and a map search link for it. On GET /applications/:id of a window case from approval on.
 */
export const CasePickup = z.object({
  window: z.string(),
  hall: z.string().optional(),
  hours: z.string(),
  address: z.string().optional(),
  mapUrl: z.string().optional(),
});
export type CasePickup = z.infer<typeof CasePickup>;

/** GET /applications/:id (and the answer of every case write). */
export const ApplicationView = z.object({
  id: z.string(),
  number: z.string().optional(),
  version: z.number().int(),
  status: CaseStatus,
  chain: z.object({ code: z.string(), name: z.string() }).optional(),
  items: z.array(CaseItemView),
  form: z.object({ fields: z.array(FormField) }),
  data: z.record(z.string(), z.unknown()),
  materials: z.array(CaseMaterialView),
  delivery: z
    .object({
      method: z.enum(DELIVERY_METHODS),
      address: z
        .object({ name: z.string(), phoneMasked: z.string(), region: z.array(z.string()), detail: z.string() })
        .optional(),
    })
    .nullable(),
  expressAllowed: z.boolean(),
  /** (not in API.md) 电子送达 may be chosen: every item of the case offers an electronic result */
  electronicAllowed: z.boolean(),
  fee: FeeView,
  applicant: MaskedPerson.nullable(),
  /** an agent's case: the agent's `name` and `station` too, so the resident sees who applied for them */
  submittedBy: z.object({ role: Role, userId: z.string(), name: z.string().optional(), station: Station.optional() }),
  timeline: z.array(TimelineEvent),
  deadline: z.object({ dueAt: z.string(), light: z.enum(['green', 'yellow', 'red']), paused: z.boolean() }).nullable(),
  notices: z.array(Notice),
  /** gapAllowed materials accepted while missing (容缺受理): to be uploaded before issue */
  gaps: z.array(z.string()).optional(),
  /** the day the gaps are due by (容缺受理), YYYY-MM-DD */
  gapsDue: z.string().optional(),
  /** the open gaps with their deadline and whether it has passed */
  gapList: z.array(GapView).optional(),
  /** 容缺受理 / 告知承诺: what the applicant may sign (while the case can still be edited) */
  commitmentOffer: CommitmentOffer.optional(),
  /** the signed commitment */
  commitment: CaseCommitmentView.optional(),
  /** started by a clerk at a counter of this hall (柜台受理) */
  counter: z.object({ hall: z.string() }).optional(),
  payment: PaymentView.optional(),
  pickupCode: z.string().optional(),
  /** (not in API.md) where the pick-up code is shown: window, hall, hours, address (CasePickup) */
  pickup: CasePickup.optional(),
  /** express delivery, once issued (issue of an express case creates it) */
  shipment: ShipmentView.optional(),
  /** an agent's case: the resident's authorization (授权委托) */
  authorization: CaseAuthorizationView.optional(),
  /** (not in API.md) a chain case: an item was denied and the lead department has not yet said whether the rest goes on */
  awaitingChainDecision: z.boolean().optional(),
  /** (not in API.md) the lead department's last go-on/stop decision */
  chainDecision: ChainDecisionView.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationListQuery = z.strictObject({
  scope: z.enum(['mine', 'agent']).default('mine'),
  status: CaseStatus.optional(),
  ...PageQuery,
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;
export const ApplicationList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string().optional(),
      status: CaseStatus,
      itemNames: z.array(z.string()),
      updatedAt: z.string(),
      light: z.enum(['green', 'yellow', 'red']).optional(),
      /** on an agent's case: who applied (the resident's list shows cases agents submitted in their name) */
      submittedBy: z.object({ role: Role, name: z.string().optional(), station: Station.optional() }).optional(),
    }),
  ),
  total: z.number().int(),
});
export type ApplicationList = z.infer<typeof ApplicationList>;

export const SubmitResult = z.object({ status: z.literal('submitted'), number: z.string() });
export type SubmitResult = z.infer<typeof SubmitResult>;

/** A case number: ZW + date (YYYYMMDD, Beijing time) + 6-digit daily sequence. */
export const CaseNumber = z.string().regex(/^ZW[0-9]{14}$/, '办件编号格式不正确');
export const ProgressQuery = z.strictObject({
  number: CaseNumber,
  phoneLast4: z.string().regex(/^[0-9]{4}$/, '请输入手机号后4位'),
});
export type ProgressQuery = z.infer<typeof ProgressQuery>;
export const ProgressView = z.object({
  number: z.string(),
  status: CaseStatus,
  itemNames: z.array(z.string()),
  timeline: z.array(z.object({ at: z.string(), label: z.string() })),
});
export type ProgressView = z.infer<typeof ProgressView>;

export const PaymentCreated = z.object({
  paymentId: z.string(),
  outTradeNo: z.string(),
  amount: z.number().int(),
  requestPayment: z.object({
    timeStamp: z.string(),
    nonceStr: z.string(),
    package: z.string(),
    signType: z.string(),
    paySign: z.string(),
  }),
});
export type PaymentCreated = z.infer<typeof PaymentCreated>;

export const UploadView = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  size: z.number().int(),
  sha256: z.string(),
});
export type UploadView = z.infer<typeof UploadView>;

/** POST /applications/:id/withdraw: the body is optional (Fastify hands an absent body over as null). */
export const WithdrawBody = z.strictObject({ reason: Text(200).optional() }).nullish();
