import { z } from 'zod';
import { MaskedPerson, Station } from './auth';
import { ObjectIdString, PageQuery, Text } from './common';

/**
 * 授权委托: a resident lets a village agent apply for them. Either the
 * resident confirms in their own WeChat (`wechat`), or the agent uploads a
 * signed paper form (`paper`) that staff check at acceptance.
 */
export const AUTHORIZATION_STATUSES = ['pending', 'confirmed', 'revoked'] as const;
export const AuthorizationStatus = z.enum(AUTHORIZATION_STATUSES);
export type AuthorizationStatus = z.infer<typeof AuthorizationStatus>;

/** Staff's check of a paper authorization at acceptance. */
export const PaperCheck = z.enum(['unchecked', 'accepted', 'refused']);
export type PaperCheck = z.infer<typeof PaperCheck>;

/** GET /authorizations/:id, and each row of GET /me/authorizations. */
export const AuthorizationView = z.object({
  id: z.string(),
  agent: z.object({ name: z.string(), station: Station.nullable() }),
  applicant: MaskedPerson,
  applicationId: z.string(),
  /** what is being applied for, so the resident knows what they confirm */
  itemNames: z.array(z.string()),
  caseNumber: z.string().optional(),
  status: AuthorizationStatus,
  qrToken: z.string(),
  createdAt: z.string(),
  confirmedAt: z.string().optional(),
  revokedAt: z.string().optional(),
});
export type AuthorizationView = z.infer<typeof AuthorizationView>;

export const AuthorizationList = z.object({ items: z.array(AuthorizationView), total: z.number().int() });
export type AuthorizationList = z.infer<typeof AuthorizationList>;

/** GET /me/authorizations (an addition to API.md): every authorization naming the signed-in resident, newest first. */
export const AuthorizationListQuery = z.strictObject({ ...PageQuery });
export type AuthorizationListQuery = z.infer<typeof AuthorizationListQuery>;

/**
 * `authorization` of an agent's case in GET /applications/:id (the agent, the
 * resident and staff see it): the WeChat confirmation and/or the paper form.
 */
export const CaseAuthorizationView = z.object({
  id: z.string(),
  status: AuthorizationStatus,
  qrToken: z.string(),
  paper: z.object({ uploadId: z.string(), check: PaperCheck, note: z.string().optional() }).optional(),
});
export type CaseAuthorizationView = z.infer<typeof CaseAuthorizationView>;

/** PUT /applications/:id/paper-authorization */
export const PaperAuthorizationBody = z.strictObject({ uploadId: ObjectIdString });
export type PaperAuthorizationBody = z.infer<typeof PaperAuthorizationBody>;

/** POST /authorizations/:id/revoke — the body may be absent. */
export const RevokeAuthorizationBody = z.strictObject({ reason: Text(200).optional() }).nullish();
