import { useMemo, useState } from 'react';
import { type FormField } from '@onetrip/shared';
import { type FormDraft } from './use-form-draft';
import { allProblems, fieldProblem } from './values';

/** Numbers judged only once complete (or left): a half-typed phone number is not yet wrong. */
const FULL_LENGTH: Partial<Record<string, number>> = { phone: 11, idNumber: 18 };

/**
 * The problems to show beside the fields: as the user types (phone and ID numbers once complete or
 * left), or every problem at once, required ones too, once `showAll` (a refused submit, a 下一步 with
 * something wrong). `onBlur` tells a field was left.
 */
export function useShownProblems(fields: ReadonlyArray<FormField>, draft: FormDraft, showAll: boolean) {
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const errors = useMemo(() => {
    if (showAll) return allProblems(fields, draft.values);
    const shown: Record<string, string> = {};
    for (const field of fields) {
      if (!draft.touched.has(field.key)) continue;
      const value = draft.values[field.key];
      const full = FULL_LENGTH[field.type];
      if (full && !left.has(field.key) && String(value ?? '').length < full) continue;
      const problem = fieldProblem(field, value);
      if (problem) shown[field.key] = problem;
    }
    return shown;
  }, [showAll, fields, draft.values, draft.touched, left]);
  const onBlur = (key: string) => setLeft((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  return { errors, onBlur };
}
