import { z } from 'zod';
import { ApplicationView } from './application';
import { CaseStatus } from './case-status';
import { CatalogCode } from './catalog';
import { ObjectIdString, PageQuery, Text } from './common';
import { ShipmentView } from './shipment';

/**
 * The stages of a staff member's work (API.md, Staff), and (not in API.md) `pickup`: cases issued for
 * window pick-up (`ready_for_pickup`), which the lead department and the results window hand over;
 * `gaps`: cases accepted with materials still to be supplied (容缺待补, overdue red); `verification`:
 * cases accepted on a 告知承诺 the department still has to check (核查).
 */
export const STAFF_STAGES = [
  'acceptance',
  'approval',
  'issuance',
  'followup',
  'pickup',
  'gaps',
  'verification',
] as const;
export const StaffStage = z.enum(STAFF_STAGES);
export type StaffStage = z.infer<typeof StaffStage>;

export const Light = z.enum(['green', 'yellow', 'red']);
export type Light = z.infer<typeof Light>;

/** GET /staff/applications */
export const StaffQueueQuery = z.strictObject({
  stage: StaffStage.default('acceptance'),
  light: Light.optional(),
  ...PageQuery,
});
export type StaffQueueQuery = z.infer<typeof StaffQueueQuery>;

/** What a `followup` row adds: the rating being followed up (回访) — never who rated. */
export const QueueFollowup = z.object({
  score: z.number().int(),
  tags: z.array(z.string()),
  comment: z.string().optional(),
  evaluatedAt: z.string(),
  status: z.enum(['open', 'closed']),
});

/**
 * One row of a staff queue. `applicantName` (masked) and `submittedAt` are in
 * every row but `followup` ones, which carry `followup` instead: staff never
 * see who rated.
 */
export const StaffQueueRow = z.object({
  id: z.string(),
  number: z.string(),
  status: CaseStatus,
  itemNames: z.array(z.string()),
  applicantName: z.string().optional(),
  submittedAt: z.string().optional(),
  dueAt: z.string().optional(),
  light: Light.optional(),
  paused: z.boolean(),
  followup: QueueFollowup.optional(),
  /** (not in API.md) 效能监察 chased the case while in this status: when (已催办) */
  chasedAt: z.string().optional(),
});
export type StaffQueueRow = z.infer<typeof StaffQueueRow>;

export const StaffQueue = z.object({ items: z.array(StaffQueueRow), total: z.number().int() });
export type StaffQueue = z.infer<typeof StaffQueue>;

const MaterialCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '材料编码格式不正确');
const FieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, '字段键格式不正确');

/** POST /staff/applications/:id/accept — `gaps`: gapAllowed materials accepted while missing (容缺受理). The body may be absent. */
export const AcceptBody = z
  .strictObject({
    gaps: z
      .array(MaterialCode)
      .max(50)
      .refine((codes) => new Set(codes).size === codes.length, '容缺材料不能重复')
      .optional(),
  })
  .nullish();
export type AcceptBody = z.infer<typeof AcceptBody>;

/** One problem of a one-time notice: a material or a form field (or `delivery`) of the case, and why. */
export const NoticeProblem = z
  .strictObject({ materialCode: MaterialCode.optional(), field: FieldKey.optional(), reason: Text(200) })
  .refine((p) => p.materialCode !== undefined || p.field !== undefined, '请指明需补正的材料或填写项');
export type NoticeProblem = z.infer<typeof NoticeProblem>;

/** POST /staff/applications/:id/supplement: every problem at once (一次性告知). */
export const SupplementBody = z.strictObject({ problems: z.array(NoticeProblem).min(1, '至少列出一项问题').max(50) });
export type SupplementBody = z.infer<typeof SupplementBody>;

/** POST /staff/applications/:id/reject and /items/:code/deny. */
export const ReasonBody = z.strictObject({ reason: Text(500) });
export type ReasonBody = z.infer<typeof ReasonBody>;

/** POST /staff/applications/:id/items/:code/approve — the body may be absent. */
export const ApproveBody = z.strictObject({ comment: Text(500).optional() }).nullish();
export type ApproveBody = z.infer<typeof ApproveBody>;

const CertificateNo = Text(64).regex(/^[A-Za-z0-9\u4e00-\u9fa5（）()〔〕[\]第号-]+$/, '证照编号格式不正确');

/**
 * POST /staff/applications/:id/issue: `{certificateNo}` (API.md: one number, for every approved item) or
 * (not in API.md) `{certificates: [{code, certificateNo}]}`, one number per approved item of the case.
 */
export const IssueBody = z
  .strictObject({
    certificateNo: CertificateNo.optional(),
    certificates: z
      .array(z.strictObject({ code: CatalogCode, certificateNo: CertificateNo }))
      .min(1)
      .max(10)
      .refine((list) => new Set(list.map((c) => c.code)).size === list.length, '事项不能重复')
      .optional(),
  })
  .refine((b) => (b.certificateNo === undefined) !== (b.certificates === undefined), {
    message: '请填写证照编号（certificateNo 或 certificates 二选一）',
    path: ['certificateNo'],
  });
export type IssueBody = z.infer<typeof IssueBody>;

/**
 * (not in API.md) POST /staff/applications/:id/chain-decision: after an item of a chain case was denied, the
 * lead department goes on with the other items or stops the case (denied); a stop says why.
 */
export const ChainDecisionBody = z
  .strictObject({ goOn: z.boolean(), reason: Text(500).optional() })
  .refine((b) => b.goOn || b.reason !== undefined, { message: '终止办理请说明理由', path: ['reason'] });
export type ChainDecisionBody = z.infer<typeof ChainDecisionBody>;

/** A window pick-up code: six digits. */
export const PickupCode = z.string().regex(/^[0-9]{6}$/, '取件码应为6位数字');

/** POST /staff/applications/:id/handover */
export const HandoverBody = z.strictObject({ pickupCode: PickupCode });
export type HandoverBody = z.infer<typeof HandoverBody>;

export const StaffItemParams = z.strictObject({ id: ObjectIdString, code: CatalogCode });
export type StaffItemParams = z.infer<typeof StaffItemParams>;

export const ClockView = z.object({ dueAt: z.string(), light: Light, paused: z.boolean() });

/** A chase (催办) of 效能监察 as the window sees it: when, and the supervisor's note. */
export const CaseChaseView = z.object({ at: z.string(), note: z.string().optional() });
export type CaseChaseView = z.infer<typeof CaseChaseView>;

/**
 * GET /staff/applications/:id (and the answer of every staff action): the
 * case as its applicant sees it, without the pick-up code, plus what the
 * window needs. `acceptance` is the §32 clock of a case waiting to be
 * accepted (deemed accepted when it runs out); `deadline` the time limit.
 */
export const StaffApplicationView = ApplicationView.omit({ pickupCode: true }).extend({
  number: z.string(),
  submittedAt: z.string(),
  acceptedAt: z.string().optional(),
  acceptance: ClockView.nullable(),
  gaps: z.array(z.string()),
  certificateNo: z.string().optional(),
  rejectReason: z.string().optional(),
  /** the department of the first item: it issues and hands over */
  leadDepartment: z.string(),
  /** the signed-in staff member's department */
  department: z.string(),
  /** (not in API.md) the case's `accepted` event is the signed-in staff member's */
  acceptedByMe: z.boolean(),
  /**
   * (not in API.md) the signed-in staff member may approve or deny their department's pending items:
   * a department window, unless 受审分离 is on and they accepted the case
   */
  mayDecide: z.boolean(),
  /** staff never see the receipt code: the schema drops it whatever the service returns */
  shipment: ShipmentView.omit({ receiptCode: true }).optional(),
  /** (not in API.md) 核查 of a 告知承诺 case: departments still to check, and the checks made */
  verification: z
    .object({
      pending: z.array(z.string()),
      checks: z.array(
        z.object({
          department: z.string(),
          result: z.enum(['confirmed', 'false_promise']),
          note: z.string().optional(),
          at: z.string(),
        }),
      ),
    })
    .optional(),
  /** (not in API.md) the last chase (催办) of 效能监察 while the case is in this status */
  chase: CaseChaseView.optional(),
});
export type StaffApplicationView = z.infer<typeof StaffApplicationView>;
