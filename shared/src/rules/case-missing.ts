import { missingRequired } from './form-data';
import type { FormField } from '../schemas/catalog';

/** What the completeness rule reads of one material of a case. */
export interface CompletenessMaterial {
  code: string;
  required: boolean;
  gapAllowed: boolean;
  /** uploaded, or held by the centre (材料免提交: identity, licence, chain, commitment) */
  present: boolean;
}

export interface CompletenessInput {
  fields: ReadonlyArray<FormField>;
  data: unknown;
  delivery: unknown;
  materials: ReadonlyArray<CompletenessMaterial>;
  /** the applicant signed the case's commitment: a `gapAllowed` material may stay missing (容缺受理) */
  committed: boolean;
}

/** What a case still lacks before it can be submitted, per step of the application. */
export interface CaseGaps {
  /** required fields without a value, in field order */
  fields: string[];
  /** no delivery method chosen */
  delivery: boolean;
  /** required materials neither uploaded, held, nor a committed gap */
  materials: string[];
}

/**
 * What a case still lacks (一次性告知): the one rule of the server's submit
 * check (422 INCOMPLETE lists exactly these) and of the application steps'
 * ticks on the phone.
 */
export function caseGaps({ fields, data, delivery, materials, committed }: CompletenessInput): CaseGaps {
  return {
    fields: missingRequired(fields, data),
    delivery: !delivery,
    materials: materials.filter((m) => m.required && !m.present && !(committed && m.gapAllowed)).map((m) => m.code),
  };
}
