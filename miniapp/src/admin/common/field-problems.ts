import { isApiError } from '@/services/api-error';

/** What the server said is wrong with a request: a message per field path (`station`, `stations.1`…) and the rest. */
export interface FieldProblems {
  /** path → the first message about it */
  byPath: Record<string, string>;
  /** what belongs to no field shown: the answer's own message when it has no details */
  general: string | null;
}

export const NO_PROBLEMS: FieldProblems = { byPath: {}, general: null };

/**
 * A failed write as messages to show beside the fields. `fields` are the paths the form shows (a
 * detail on `stations.1.town` is shown at `stations.1` when only that is shown); details elsewhere,
 * and an error without details, come back as `general`.
 */
export function fieldProblems(error: unknown, fields: readonly string[] = []): FieldProblems {
  if (!isApiError(error)) return { byPath: {}, general: '操作失败，请稍后重试' };
  const byPath: Record<string, string> = {};
  const rest: string[] = [];
  for (const detail of error.details) {
    if (!('path' in detail) || !('message' in detail)) continue;
    const shown = fields.find((f) => detail.path === f || detail.path.startsWith(`${f}.`));
    if (shown && !byPath[shown]) byPath[shown] = detail.message;
    else if (!shown) rest.push(detail.message);
  }
  const general = rest.length ? rest.join('；') : Object.keys(byPath).length ? null : error.message;
  return { byPath, general };
}
