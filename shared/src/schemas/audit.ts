import { z } from 'zod';
import { CaseNumber } from './application';
import { Station } from './auth';
import { ObjectIdString, PageQuery } from './common';

/** At most this many entries go into one CSV export (`x-export-truncated` says when more matched). */
export const AUDIT_EXPORT_MAX = 10_000;

/**
 * `GET /admin/audit?caseId=&caseNumber=&actor=&action=&from=&to=&page=&pageSize=&format=`: every
 * filter given must match (`from`/`to` inclusive ISO times); `format=csv` exports every match
 * (up to AUDIT_EXPORT_MAX) instead of a page.
 */
export const AuditQuery = z
  .strictObject({
    caseId: ObjectIdString.optional(),
    /** the case's 办件编号; a number no case has matches nothing */
    caseNumber: CaseNumber.optional(),
    actor: ObjectIdString.optional(),
    action: z
      .string()
      .regex(/^[a-z][a-z0-9_.]{1,59}$/, '操作名格式不正确')
      .optional(),
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    format: z.enum(['json', 'csv']).default('json'),
    ...PageQuery,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    message: '开始时间不能晚于结束时间',
    path: ['from'],
  });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntryView = z.object({
  at: z.string(),
  /** `name`: the person's verified name, for the admin reading the log (no number is ever shown) */
  actor: z.object({ userId: z.string(), role: z.string(), station: Station.optional(), name: z.string().optional() }),
  action: z.string(),
  caseId: z.string().optional(),
  /** the case's 办件编号, when it has one */
  caseNumber: z.string().optional(),
  target: z.string().optional(),
  /** the name of the person a `user.*` entry is about, when the target is one */
  targetName: z.string().optional(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditList = z.object({ items: z.array(AuditEntryView), total: z.number().int() });
export type AuditList = z.infer<typeof AuditList>;
