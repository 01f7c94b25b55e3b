import { z } from 'zod';
import { CONSENT_PURPOSES, DELETION_CONFIRMATION, LEGAL_KINDS } from '../legal';
import { CASE_STATUSES } from '../constants/case-status';
import { PLATFORMS } from '../constants/roles';
import { Role } from './auth';

/**
 * Consent, legal texts and the person's own data (privacy module; not in API.md).
 * Routes: GET /legal, GET /legal/:kind (public); GET/POST /me/consents,
 * DELETE /me/consents/:purpose, GET /me/data, GET /me/export, POST /me/deletion.
 */
export const LegalKind = z.enum(LEGAL_KINDS);
export type LegalKind = z.infer<typeof LegalKind>;
export const LegalParams = z.strictObject({ kind: LegalKind });

/** Whom to contact about one's data: the centre as the admin set it (null until set) and 12345. */
export const LegalContact = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  hotline: z.string(),
});

export const LegalDocumentView = z.object({
  kind: LegalKind,
  version: z.string(),
  title: z.string(),
  effectiveDate: z.string(),
  summary: z.string(),
  sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
  contact: LegalContact,
});
export type LegalDocumentView = z.infer<typeof LegalDocumentView>;

/** GET /legal: the texts in force, with versions (the app compares them with what was agreed). */
export const LegalIndex = z.object({
  items: z.array(z.object({ kind: LegalKind, version: z.string(), title: z.string(), effectiveDate: z.string() })),
});
export type LegalIndex = z.infer<typeof LegalIndex>;

export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;
export const ConsentParams = z.strictObject({ purpose: ConsentPurpose });

/** POST /me/consents: agreeing to the purpose's texts as in force (`version` = `consentVersion(purpose)`). */
export const ConsentBody = z.strictObject({ purpose: ConsentPurpose, version: z.string().min(1).max(200) });
export type ConsentBody = z.infer<typeof ConsentBody>;

export const ConsentRecordView = z.object({
  purpose: ConsentPurpose,
  version: z.string(),
  action: z.enum(['agreed', 'withdrawn']),
  at: z.string(),
});
export type ConsentRecordView = z.infer<typeof ConsentRecordView>;

/**
 * GET /me/consents: per purpose its version in force, the last agreement (null:
 * never, or withdrawn since) and whether it must be asked (`needed`: no agreement
 * to the version in force); `history` every agreement and withdrawal, newest first.
 */
export const ConsentState = z.object({
  purposes: z.array(
    z.object({
      purpose: ConsentPurpose,
      title: z.string(),
      version: z.string(),
      documents: z.array(z.object({ kind: LegalKind, title: z.string(), version: z.string() })),
      agreed: z.object({ version: z.string(), at: z.string() }).nullable(),
      needed: z.boolean(),
    }),
  ),
  history: z.array(ConsentRecordView),
});
export type ConsentState = z.infer<typeof ConsentState>;

const CaseRow = z.object({
  id: z.string(),
  number: z.string().optional(),
  status: z.enum(CASE_STATUSES),
  itemNames: z.array(z.string()),
  updatedAt: z.string(),
});

const SessionRow = z.object({
  platform: z.enum(PLATFORMS),
  signedInAt: z.string(),
  lastUsedAt: z.string(),
  /** this request's own session */
  current: z.boolean(),
});

/** GET /me/data: what is held about the signed-in person, for 我的 → 个人信息 (masked as everywhere). */
export const PersonalDataSummary = z.object({
  account: z.object({
    id: z.string(),
    createdAt: z.string(),
    roles: z.array(Role),
    wechat: z.array(z.enum(PLATFORMS)),
  }),
  profile: z
    .object({
      name: z.string(),
      idNumberMasked: z.string(),
      phoneMasked: z.string(),
      verifiedAt: z.string().nullable(),
    })
    .nullable(),
  addresses: z.array(
    z.object({ name: z.string(), phoneMasked: z.string(), region: z.array(z.string()), detail: z.string() }),
  ),
  cases: z.object({
    total: z.number().int(),
    drafts: z.number().int(),
    open: z.number().int(),
    items: z.array(CaseRow),
  }),
  uploads: z.object({ count: z.number().int(), bytes: z.number().int(), inCases: z.number().int() }),
  licences: z.array(z.object({ type: z.string(), number: z.string(), issuer: z.string(), issuedAt: z.string() })),
  consents: z.array(ConsentRecordView),
  sessions: z.array(SessionRow),
});
export type PersonalDataSummary = z.infer<typeof PersonalDataSummary>;

/**
 * GET /me/export: the person's own data as one JSON document (a download). The
 * ID number and phones appear masked (`notice` says why and where to get a
 * certified copy); everything else in full.
 */
export const PersonalDataExport = PersonalDataSummary.extend({
  format: z.literal('onetrip-personal-data/1'),
  exportedAt: z.string(),
  notice: z.string(),
  account: PersonalDataSummary.shape.account.extend({ openids: z.record(z.string(), z.string()) }),
  cases: z.object({
    total: z.number().int(),
    items: z.array(
      CaseRow.extend({
        createdAt: z.string(),
        submittedAt: z.string().optional(),
        startedBy: z.enum(['self', 'agent', 'counter']),
        data: z.record(z.string(), z.unknown()),
        materials: z.array(z.object({ name: z.string(), files: z.number().int() })),
        delivery: z.string().nullable(),
        feeTotal: z.number().int(),
        timeline: z.array(z.object({ at: z.string(), action: z.string(), note: z.string().optional() })),
      }),
    ),
  }),
  uploads: z.object({
    count: z.number().int(),
    bytes: z.number().int(),
    inCases: z.number().int(),
    items: z.array(
      z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int(), createdAt: z.string() }),
    ),
  }),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

/** POST /me/deletion */
export const DeletionBody = z.strictObject({ confirm: z.literal(DELETION_CONFIRMATION) });
export type DeletionBody = z.infer<typeof DeletionBody>;

/** What deletion removed and what it kept (the cases as 政务服务 records, the consents as proof). */
export const DeletionResult = z.object({
  deletedAt: z.string(),
  removed: z.object({
    addresses: z.number().int(),
    drafts: z.number().int(),
    uploads: z.number().int(),
    sessions: z.number().int(),
  }),
  kept: z.object({ cases: z.number().int(), consents: z.number().int() }),
});
export type DeletionResult = z.infer<typeof DeletionResult>;
