import { z } from 'zod';
import { dayFromIso } from '../rules/calendar-day';
import { Text } from './common';
import { ComplaintFigures } from './complaint';
import { Light } from './staff';

/**
 * 效能监察: the centre's supervision of every department's clock (红黄灯), chases (催办督办), the windows'
 * and clerks' figures and the ratings (好差评) — `GET /admin/supervision`, its CSV and the chase.
 */

/** The longest period one supervision request covers (days): a quarter. */
export const SUPERVISION_MAX_DAYS = 92;

/**
 * Where an open case stands, and so whom it waits on: `acceptance` (submitted: every involved
 * department, the §32 clock), `supplement` (the applicant answers a one-time notice; clock paused),
 * `approval` (accepted: the departments with an item still pending), `issuance` (approved: the lead
 * department), `delivery` (issued, with the courier or waiting at the window: the applicant; the time
 * limit stopped at the issue).
 */
export const SUPERVISION_STAGES = ['acceptance', 'supplement', 'approval', 'issuance', 'delivery'] as const;
export const SupervisionStage = z.enum(SUPERVISION_STAGES);
export type SupervisionStage = z.infer<typeof SupervisionStage>;

export const SUPERVISION_STAGE_LABELS: Record<SupervisionStage, string> = {
  acceptance: '待受理',
  supplement: '待补正',
  approval: '审批中',
  issuance: '待出证',
  delivery: '待领取/寄送',
};

/** The stages in which a case waits on a department: the only ones a chase (催办) is for. */
export const CHASEABLE_STAGES: ReadonlyArray<SupervisionStage> = ['acceptance', 'approval', 'issuance'];

/** A second chase of the same case is refused within this time of the last one. */
export const CHASE_INTERVAL_MS = 3_600_000;

const IsoDay = z.string().refine((s) => dayFromIso(s) !== null, '日期应为 YYYY-MM-DD');

/**
 * `GET /admin/supervision?department=&from=&to=` and `GET /admin/supervision/export.csv` (same query).
 * `from`/`to`: days (Asia/Shanghai, both included) of the period figures; default this month up to today.
 */
export const SupervisionQuery = z
  .strictObject({ department: Text(50).optional(), from: IsoDay.optional(), to: IsoDay.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine((q) => !q.from || !q.to || (dayFromIso(q.to) ?? 0) - (dayFromIso(q.from) ?? 0) < SUPERVISION_MAX_DAYS, {
    message: `统计区间最长 ${SUPERVISION_MAX_DAYS} 天`,
    path: ['to'],
  });
export type SupervisionQuery = z.infer<typeof SupervisionQuery>;

const Count = z.number().int().min(0);
const Rate = z.number().min(0).max(1).nullable();

/** Open cases of one department at one stage, by light. */
export const StageLights = z.object({ stage: SupervisionStage, green: Count, yellow: Count, red: Count });
export type StageLights = z.infer<typeof StageLights>;

/** One department's figures: its open cases now, and what it concluded in the period. */
export const DepartmentFigures = z.object({
  department: z.string(),
  /** open cases the department has at some stage (a chain case once per department it concerns) */
  open: Count,
  /** every stage, in `SUPERVISION_STAGES` order, zeros included */
  stages: z.array(StageLights),
  /** red / yellow at the stages that wait on it (acceptance, approval, issuance) */
  red: Count,
  yellow: Count,
  /** cases concluded (办结: issued, or denied) in the period that concern the department */
  finished: Count,
  onTime: Count,
  onTimeRate: Rate,
  /** cases deemed accepted (§32) in the period */
  deemed: Count,
});
export type DepartmentFigures = z.infer<typeof DepartmentFigures>;

/** One case of the red (over its time) or yellow (one working day or less left) list. */
export const CaseAlert = z.object({
  id: z.string(),
  number: z.string(),
  itemNames: z.array(z.string()),
  /** the departments the case waits on now */
  departments: z.array(z.string()),
  stage: SupervisionStage,
  dueAt: z.string(),
  light: Light,
  /** working days left to the due day (yellow: 0–1), or over it (red) */
  workingDays: Count,
  /** the last chase while the case is in this status */
  chasedAt: z.string().optional(),
});
export type CaseAlert = z.infer<typeof CaseAlert>;

/** A §32 deemed acceptance (逾期视为受理) in the period. */
export const DeemedEvent = z.object({
  caseId: z.string(),
  number: z.string(),
  itemNames: z.array(z.string()),
  departments: z.array(z.string()),
  at: z.string(),
});
export type DeemedEvent = z.infer<typeof DeemedEvent>;

/**
 * A window's figures over the cases concluded in the period that its clerks handled (each case once per
 * window). Windows: a department's windows (`department:<name>`), a hall's 综合窗口
 * (`comprehensive:<hall>`) and 出件窗口 (`results:<hall>`); clerks no longer staff are `former`.
 */
export const WindowFigures = z.object({
  window: z.string(),
  label: z.string(),
  handled: Count,
  onTime: Count,
  onTimeRate: Rate,
});
export type WindowFigures = z.infer<typeof WindowFigures>;

/** A clerk's figures over the cases concluded in the period that they handled; the name masked. */
export const ClerkFigures = z.object({
  userId: z.string(),
  name: z.string(),
  window: z.string(),
  windowLabel: z.string(),
  /** of those cases, how many the clerk accepted, decided an item of, issued */
  accepted: Count,
  decided: Count,
  issued: Count,
  handled: Count,
  onTime: Count,
  onTimeRate: Rate,
});
export type ClerkFigures = z.infer<typeof ClerkFigures>;

/** 好差评 of one department: ratings given in the period, and the follow-ups (回访) of its bad ones. */
export const RatingFigures = z.object({
  department: z.string(),
  count: Count,
  average: z.number().nullable(),
  /** 1–2 stars */
  bad: Count,
  followupsOpen: Count,
  /** open and past their due date */
  followupsOverdue: Count,
  followupsDone: Count,
});
export type RatingFigures = z.infer<typeof RatingFigures>;

/** The most rows of each list; `overdueTotal`/`dueSoonTotal` say how many there are. */
export const SUPERVISION_LIST_MAX = 200;

/** `GET /admin/supervision`: one answer for the dashboard. Lights are as of `at`. */
export const SupervisionView = z.object({
  at: z.string(),
  from: z.string(),
  to: z.string(),
  /** the department asked for; null: all */
  department: z.string().nullable(),
  departments: z.array(DepartmentFigures),
  /** red cases at a stage that waits on a department, most overdue first */
  overdue: z.array(CaseAlert),
  overdueTotal: Count,
  /** yellow cases at such a stage, due first */
  dueSoon: z.array(CaseAlert),
  dueSoonTotal: Count,
  /** latest first */
  deemed: z.array(DeemedEvent),
  windows: z.array(WindowFigures),
  clerks: z.array(ClerkFigures),
  ratings: z.array(RatingFigures),
  /** 投诉建议 waiting for an answer (of the department asked for), as of now — never cached */
  complaints: ComplaintFigures,
});
export type SupervisionView = z.infer<typeof SupervisionView>;

/** `POST /admin/supervision/cases/:id/chase` */
export const ChaseBody = z.strictObject({ note: Text(200).optional() }).nullish();
export type ChaseBody = z.infer<typeof ChaseBody>;

/** 201: when the chase was recorded, and how many staff members the message was queued for. */
export const ChaseResult = z.object({ chasedAt: z.string(), notified: Count });
export type ChaseResult = z.infer<typeof ChaseResult>;
