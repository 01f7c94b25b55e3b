import { type ApplicationView, type EvaluationBody, type EvaluationTag } from '@onetrip/shared';

/**
 * The reasons a resident may tick (PRODUCT.md, Rating), each with the slug of its element id. Written
 * out rather than imported: `EVALUATION_TAGS` sits beside the zod schemas, which must stay out of the
 * main package; a test keeps the two lists equal.
 */
export const RATING_TAGS: ReadonlyArray<{ tag: EvaluationTag; slug: string }> = [
  { tag: '超时办理', slug: 'overdue' },
  { tag: '要求指南外材料', slug: 'extra-materials' },
  { tag: '要求指南外条件', slug: 'extra-conditions' },
  { tag: '态度', slug: 'attitude' },
  { tag: '其他', slug: 'other' },
];

/** What each whole star means, said to the resident as they tap. */
export const SCORE_LABELS: Record<number, string> = {
  1: '非常不满意',
  2: '不满意',
  3: '一般',
  4: '满意',
  5: '非常满意',
};

/** Scores at or below this open a follow-up (回访) within `FOLLOWUP_DAYS` working days; mirrors the server's rule. */
export const FOLLOWUP_MAX_SCORE = 2;
export const FOLLOWUP_DAYS = 5;

export const COMMENT_MAX = 500;

/** The request body: tags in the list's order, the comment trimmed and left out when empty. */
export function ratingBody(score: number, tags: ReadonlyArray<EvaluationTag>, comment: string): EvaluationBody {
  const text = comment.trim();
  const chosen = RATING_TAGS.map((t) => t.tag).filter((t) => tags.includes(t));
  return { score, ...(chosen.length ? { tags: chosen } : {}), ...(text ? { comment: text } : {}) };
}

/** The case's timeline records the rating (`evaluated`); the rating itself is not read back. */
export const isRated = (view: Pick<ApplicationView, 'timeline'>) => view.timeline.some((e) => e.action === 'evaluated');

/** A completed case nobody has rated yet. */
export const canRate = (view: Pick<ApplicationView, 'status' | 'timeline'>) =>
  view.status === 'completed' && !isRated(view);
