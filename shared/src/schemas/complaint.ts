import { z } from 'zod';
import { ObjectIdString, PageQuery, Text } from './common';
import { HallGroupCode, WindowNumber } from './hall';
import { Light } from './staff';

/**
 * 投诉建议: a resident's complaint or suggestion about one of their cases, a
 * window of the hall, or the centre in general, answered by the centre's
 * supervision within 5 working days (PRODUCT.md) and rated by the resident.
 */

export const COMPLAINT_KINDS = ['投诉', '建议'] as const;
export const ComplaintKind = z.enum(COMPLAINT_KINDS);
export type ComplaintKind = z.infer<typeof ComplaintKind>;

export const COMPLAINT_CATEGORIES = ['办事效率', '服务态度', '窗口纪律', '政策规定', '系统使用', '其他'] as const;
export const ComplaintCategory = z.enum(COMPLAINT_CATEGORIES);
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

/** Working days the centre has to answer (PRODUCT.md). */
export const COMPLAINT_ANSWER_DAYS = 5;
/** Filings per person and Beijing day; the next one is 429 RATE_LIMITED until midnight. */
export const COMPLAINT_DAILY_LIMIT = 5;
/** At most this many photos, each an upload of the complainant (`POST /uploads`, JPEG or PNG). */
export const COMPLAINT_MAX_PHOTOS = 3;
export const COMPLAINT_TEXT_MAX = 500;
/** Days after an answer during which it can be rated; then the complaint is 已办结 without a rating. */
export const COMPLAINT_RATING_DAYS = 7;
/** An answer rated 不满意 goes back to the queue once (复核); the second answer is final. */
export const COMPLAINT_MAX_ROUNDS = 2;

/** `pending` 待处理 → `answered` 已答复 → `rated` 已评价, or `closed` 已办结 (not rated in time). */
export const COMPLAINT_STATUSES = ['pending', 'answered', 'rated', 'closed'] as const;
export const ComplaintStatus = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  pending: '待处理',
  answered: '已答复',
  rated: '已评价',
  closed: '已办结',
};

export const COMPLAINT_RESULTS = ['满意', '基本满意', '不满意'] as const;
export const ComplaintResult = z.enum(COMPLAINT_RESULTS);
export type ComplaintResult = z.infer<typeof ComplaintResult>;

/** What it is about, as filed: one of the filer's cases, a window (group and optional window number), or nothing. */
export const ComplaintAboutInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('case'), caseId: ObjectIdString }),
  z.strictObject({ type: z.literal('window'), group: HallGroupCode, window: WindowNumber.optional() }),
  z.strictObject({ type: z.literal('centre') }),
]);
export type ComplaintAboutInput = z.infer<typeof ComplaintAboutInput>;

/** `POST /complaints`. `about` absent = the centre in general. */
export const ComplaintBody = z.strictObject({
  kind: ComplaintKind,
  category: ComplaintCategory,
  text: Text(COMPLAINT_TEXT_MAX, 5),
  photos: z
    .array(ObjectIdString)
    .max(COMPLAINT_MAX_PHOTOS, `最多 ${COMPLAINT_MAX_PHOTOS} 张照片`)
    .refine((ids) => new Set(ids).size === ids.length, '照片不能重复')
    .optional(),
  about: ComplaintAboutInput.optional(),
});
export type ComplaintBody = z.infer<typeof ComplaintBody>;

/** What it is about, as shown: the case by its number and items, the window by its group's name. */
export const ComplaintAbout = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case'), caseId: z.string(), number: z.string(), itemNames: z.array(z.string()) }),
  z.object({ type: z.literal('window'), group: z.string(), groupName: z.string(), window: z.string().optional() }),
  z.object({ type: z.literal('centre') }),
]);
export type ComplaintAbout = z.infer<typeof ComplaintAbout>;

export const ComplaintAnswer = z.object({ text: z.string(), at: z.string() });
export type ComplaintAnswer = z.infer<typeof ComplaintAnswer>;
export const ComplaintRating = z.object({ result: ComplaintResult, text: z.string().optional(), at: z.string() });
export type ComplaintRating = z.infer<typeof ComplaintRating>;

/** The time limit: 5 working days from filing (or from a 不满意 that reopened it); the light while it waits. */
export const ComplaintDeadline = z.object({ dueAt: z.string(), light: Light.nullable() });

/** A complaint as its filer reads it (`GET /complaints/:id`, 201 of `POST /complaints`). */
export const ComplaintView = z.object({
  id: z.string(),
  number: z.string(),
  version: z.number().int(),
  kind: ComplaintKind,
  category: ComplaintCategory,
  text: z.string(),
  photos: z.array(z.string()),
  about: ComplaintAbout,
  status: ComplaintStatus,
  filedAt: z.string(),
  deadline: ComplaintDeadline,
  /** the answers, oldest first (a second one after a 不满意) */
  answers: z.array(ComplaintAnswer),
  /** ratings[i] rates answers[i] */
  ratings: z.array(ComplaintRating),
  /** an answer waits for a rating and may still be rated (until `rateBy`) */
  canRate: z.boolean(),
  rateBy: z.string().optional(),
});
export type ComplaintView = z.infer<typeof ComplaintView>;

/** One line of `GET /complaints` (mine) and of the supervision queue. */
export const ComplaintRow = z.object({
  id: z.string(),
  number: z.string(),
  kind: ComplaintKind,
  category: ComplaintCategory,
  /** the text's first 60 characters */
  excerpt: z.string(),
  about: ComplaintAbout,
  status: ComplaintStatus,
  filedAt: z.string(),
  dueAt: z.string(),
  light: Light.nullable(),
  /** 2 after a 不满意 reopened it */
  round: z.number().int(),
});
export type ComplaintRow = z.infer<typeof ComplaintRow>;

export const ComplaintList = z.object({ items: z.array(ComplaintRow), total: z.number().int() });
export type ComplaintList = z.infer<typeof ComplaintList>;

export const ComplaintListQuery = z.strictObject({ ...PageQuery });
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;

/** `POST /complaints/:id/rating` */
export const ComplaintRatingBody = z.strictObject({ result: ComplaintResult, text: Text(200).optional() });
export type ComplaintRatingBody = z.infer<typeof ComplaintRatingBody>;

/** `GET /supervision/complaints?status=&light=`: `status` defaults to `pending` (the queue, overdue first). */
export const SupervisionComplaintQuery = z.strictObject({
  status: ComplaintStatus.default('pending'),
  light: Light.optional(),
  ...PageQuery,
});
export type SupervisionComplaintQuery = z.infer<typeof SupervisionComplaintQuery>;

/**
 * A complaint as the answering supervisor reads it (`GET /supervision/complaints/:id`, audited): the filer's
 * view, the departments it concerns, and the filer by masked name and phone (null when not verified).
 */
export const SupervisionComplaintView = ComplaintView.extend({
  departments: z.array(z.string()),
  complainant: z.object({ name: z.string(), phoneMasked: z.string() }).nullable(),
});
export type SupervisionComplaintView = z.infer<typeof SupervisionComplaintView>;

/** `POST /supervision/complaints/:id/answer` (If-Match: the complaint's version) */
export const ComplaintAnswerBody = z.strictObject({ text: Text(COMPLAINT_TEXT_MAX, 5) });
export type ComplaintAnswerBody = z.infer<typeof ComplaintAnswerBody>;

/** The supervision dashboard's line on complaints: open ones (待处理), and of those overdue and due soon. */
export const ComplaintFigures = z.object({
  open: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
});
export type ComplaintFigures = z.infer<typeof ComplaintFigures>;
