import { z } from 'zod';

/** A licence's id: the issuing case and item (`<caseId>.<itemCode>`), so an issue writes it once. */
export const LicenceId = z.string().regex(/^[0-9a-f]{24}\.[A-Z][A-Z0-9-]{1,39}$/, '电子证照编号格式不正确');

/**
 * 电子证照: a certificate the centre issued in an earlier case, held for its
 * person (the applicant of that case). `caseId`/`caseNumber`: where it was issued.
 */
export const LicenceView = z.object({
  id: LicenceId,
  type: z.string(),
  number: z.string(),
  issuer: z.string(),
  issuedAt: z.string(),
  validUntil: z.string().optional(),
  caseId: z.string(),
  caseNumber: z.string(),
});
export type LicenceView = z.infer<typeof LicenceView>;

/** GET /licences: the signed-in person's own licences, latest first. */
export const LicenceList = z.object({ items: z.array(LicenceView) });
export type LicenceList = z.infer<typeof LicenceList>;

/** PUT /applications/:id/materials/:materialCode/licence */
export const AttachLicenceBody = z.strictObject({ licenceId: LicenceId });
export type AttachLicenceBody = z.infer<typeof AttachLicenceBody>;
