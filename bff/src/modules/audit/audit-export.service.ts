import { type Connection } from 'mongoose';
import { AUDIT_EXPORT_MAX, type AuditQuery } from '@onetrip/shared';
import { auditModel } from './audit.model';
import { auditCsv } from './audit-csv';
import { auditFilter, labelsOf } from './audit-query';
import { findEntries, recordAudit, toEntryView } from './audit.service';

export interface AuditExport {
  csv: string;
  /** entries in the file */
  rows: number;
  /** entries that matched */
  total: number;
}

/** What was exported, for the export's own entry: the filters and the count (no personal data is ever a filter). */
function exportTarget(query: AuditQuery, rows: number): string {
  const filters = (['caseId', 'caseNumber', 'actor', 'action', 'from', 'to'] as const)
    .filter((key) => query[key] !== undefined)
    .map((key) => `${key}=${query[key]}`);
  return [`rows=${rows}`, ...filters].join(';');
}

/**
 * `GET /admin/audit?…&format=csv` (admin): every entry matching the filters, newest first, up to
 * AUDIT_EXPORT_MAX, as a CSV file for Excel (`auditCsv`: names and case numbers, the actions in
 * Chinese, formula-safe cells). The export is itself audited (`audit.export`, with its filters).
 * Outcomes: the file, how many rows it holds and how many matched.
 */
export async function exportAudit(
  conn: Connection,
  query: AuditQuery,
  admin: { userId: string },
  requestId: string,
): Promise<AuditExport> {
  const filter = await auditFilter(conn, query);
  const [entries, total] = filter
    ? await Promise.all([findEntries(conn, filter, 0, AUDIT_EXPORT_MAX), auditModel(conn).countDocuments(filter)])
    : [[], 0];
  const labels = await labelsOf(conn, entries);
  const csv = auditCsv(entries.map((e) => toEntryView(e, labels)));
  await recordAudit(conn, {
    actor: { userId: admin.userId, role: 'admin' },
    action: 'audit.export',
    target: exportTarget(query, entries.length),
    requestId,
  });
  return { csv, rows: entries.length, total };
}
