import { z } from 'zod';
import { Text } from './common';

/**
 * 容缺受理 and 告知承诺制 as a guide states them. An item whose materials may be
 * missing at acceptance (`gapAllowed`) or replaced by a promise
 * (`satisfiedBy: 'commitment'`) carries the commitment the applicant signs:
 * its text (承诺书), how many working days after acceptance the gaps are due
 * (`gapDays`), and whether the certificate may be issued before the gaps are
 * closed (`issueBeforeGaps`, the deadline then carried on past issue).
 */
export const CommitmentTerms = z.strictObject({
  text: Text(1000),
  gapDays: z.number().int().min(1).max(60),
  issueBeforeGaps: z.boolean().default(false),
});
export type CommitmentTerms = z.infer<typeof CommitmentTerms>;

export const COMMITMENT_WAYS = ['app', 'paper'] as const;

/**
 * Body of PUT /applications/:id/commitment. `app`: the applicant signs in the
 * mini-program (their own case only). `paper`: the applicant signed the printed
 * 承诺书 and the agent photographed it (`uploadId`, an upload of the agent).
 */
export const SignCommitmentBody = z.discriminatedUnion('how', [
  z.strictObject({ how: z.literal('app') }),
  z.strictObject({ how: z.literal('paper'), uploadId: z.string().regex(/^[a-f0-9]{24}$/, '上传文件编号不正确') }),
]);
export type SignCommitmentBody = z.infer<typeof SignCommitmentBody>;

/** The commitment a case may be signed with: the terms of its items, merged (the shortest deadline wins). */
export const CommitmentOffer = z.object({
  texts: z.array(z.object({ itemName: z.string(), text: z.string() })),
  gapDays: z.number().int(),
  issueBeforeGaps: z.boolean(),
  /** the gapAllowed materials that may stay missing, and the 告知承诺 materials the promise replaces */
  gapMaterials: z.array(z.string()),
  promisedMaterials: z.array(z.string()),
});
export type CommitmentOffer = z.infer<typeof CommitmentOffer>;

/** The signed commitment of a case (承诺书), as the applicant, their agent and staff see it. */
export const CaseCommitmentView = z.object({
  signedAt: z.string(),
  how: z.enum(COMMITMENT_WAYS),
  /** who recorded the signature: the applicant (app), the agent or clerk (paper) */
  recordedBy: z.object({ role: z.string(), name: z.string().optional() }),
  uploadId: z.string().optional(),
  texts: z.array(z.object({ itemName: z.string(), text: z.string() })),
});
export type CaseCommitmentView = z.infer<typeof CaseCommitmentView>;

/** One open gap with its deadline, for the case page and the staff queue. */
export const GapView = z.object({
  materialCode: z.string(),
  name: z.string(),
  due: z.string(),
  overdue: z.boolean(),
});
export type GapView = z.infer<typeof GapView>;

/** 核查: the department's post-check of a 告知承诺 case. */
export const VERIFICATION_RESULTS = ['confirmed', 'false_promise'] as const;
export const VerificationBody = z.strictObject({
  result: z.enum(VERIFICATION_RESULTS),
  note: Text(300).optional(),
});
export type VerificationBody = z.infer<typeof VerificationBody>;

export const VerificationListEntry = z.object({
  id: z.string(),
  number: z.string(),
  applicantName: z.string(),
  itemNames: z.array(z.string()),
  /** the 告知承诺 materials the department has to check */
  materials: z.array(z.object({ code: z.string(), name: z.string() })),
  acceptedAt: z.string(),
  status: z.string(),
});
export const VerificationList = z.object({ items: z.array(VerificationListEntry) });
export type VerificationList = z.infer<typeof VerificationList>;
