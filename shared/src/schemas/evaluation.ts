import { z } from 'zod';
import { CaseStatus } from './case-status';
import { PageQuery, Text } from './common';

/** The reasons a resident may tick with a rating (好差评, PRODUCT.md). */
export const EVALUATION_TAGS = ['超时办理', '要求指南外材料', '要求指南外条件', '态度', '其他'] as const;
export const EvaluationTag = z.enum(EVALUATION_TAGS);
export type EvaluationTag = z.infer<typeof EvaluationTag>;

/** Scores at or below this open a follow-up (回访). */
export const FOLLOWUP_MAX_SCORE = 2;
/** Working days staff have to close a follow-up. */
export const FOLLOWUP_WORKING_DAYS = 5;

/** POST /applications/:id/evaluation — whole stars 1–5, optional reasons and text. */
export const EvaluationBody = z.strictObject({
  score: z.number().int('评分应为1–5的整数').min(1, '评分应为1–5的整数').max(5, '评分应为1–5的整数'),
  tags: z
    .array(EvaluationTag)
    .max(EVALUATION_TAGS.length)
    .refine((tags) => new Set(tags).size === tags.length, '原因不能重复')
    .optional(),
  comment: Text(500).optional(),
});
export type EvaluationBody = z.infer<typeof EvaluationBody>;

/** The rating as its author gets it back. */
export const EvaluationView = z.object({
  caseId: z.string(),
  score: z.number().int(),
  tags: z.array(EvaluationTag),
  comment: z.string().optional(),
  at: z.string(),
});
export type EvaluationView = z.infer<typeof EvaluationView>;

export const FollowupStatus = z.enum(['open', 'closed']);

/**
 * One follow-up (回访) in the staff `followup` queue: the case and the
 * rating, never who rated (no user id, name or phone).
 */
export const FollowupRow = z.object({
  /** the case id */
  id: z.string(),
  number: z.string(),
  status: CaseStatus,
  itemNames: z.array(z.string()),
  departments: z.array(z.string()),
  score: z.number().int(),
  tags: z.array(EvaluationTag),
  comment: z.string().optional(),
  evaluatedAt: z.string(),
  followupStatus: FollowupStatus,
  dueAt: z.string(),
  light: z.enum(['green', 'yellow', 'red']),
  note: z.string().optional(),
  closedAt: z.string().optional(),
});
export type FollowupRow = z.infer<typeof FollowupRow>;

export const FollowupList = z.object({ items: z.array(FollowupRow), total: z.number().int() });
export type FollowupList = z.infer<typeof FollowupList>;

export const FollowupPageQuery = z.strictObject({ ...PageQuery });
export type FollowupPageQuery = z.infer<typeof FollowupPageQuery>;

/** POST /staff/applications/:id/followup/close */
export const FollowupCloseBody = z.strictObject({ note: Text(500) });
export type FollowupCloseBody = z.infer<typeof FollowupCloseBody>;

/**
 * `GET /rate/:token`, `POST /rate/:token` (the rating link texted at completion). Any string is taken: a
 * malformed token is answered like an unknown one (404), so the link's shape is nobody's business.
 */
export const RateTokenParams = z.object({ token: z.string() });
export type RateTokenParams = z.infer<typeof RateTokenParams>;

/** What the rating link shows before rating: the case, never a person (no name, phone or ID). */
export const RateLinkView = z.object({
  number: z.string(),
  itemNames: z.array(z.string()),
  completedAt: z.string(),
  /** already rated (in the app, or by this link when its removal did not go through) */
  rated: z.boolean(),
});
export type RateLinkView = z.infer<typeof RateLinkView>;
