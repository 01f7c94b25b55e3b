import { z } from 'zod';
import { CASE_STATUSES } from '../constants/case-status';

/** A status of the case lifecycle (constants/case-status.ts). */
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;
