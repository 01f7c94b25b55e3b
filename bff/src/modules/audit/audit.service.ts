import { type Connection, type Types } from 'mongoose';
import { type AuditEntryView, type AuditList, type AuditQuery } from '@onetrip/shared';
import { auditModel } from './audit.model';
import { auditFilter, labelsOf, type Labels } from './audit-query';

export interface AuditInput {
  actor: { userId: string; role: string; station?: { town: string; village: string } };
  action: string;
  caseId?: string;
  target?: string;
  requestId?: string;
}

/** Appends one audit entry (`w: majority` so it survives a primary failover). */
export async function recordAudit(conn: Connection, entry: AuditInput): Promise<void> {
  await auditModel(conn).create([{ ...entry, at: new Date() }], { writeConcern: { w: 'majority' } });
}

export interface StoredEntry {
  _id: Types.ObjectId;
  at: Date;
  actor: { userId: string; role: string; station?: { town?: unknown; village?: unknown } | null };
  action: string;
  caseId?: string | null;
  target?: string | null;
}

/** A station as stored (a plain object): shown only when both parts are text. */
function stationOf(stored: StoredEntry['actor']['station']) {
  const town = stored?.town;
  const village = stored?.village;
  return typeof town === 'string' && typeof village === 'string' ? { station: { town, village } } : {};
}

/** An entry as the admin reads it: the people's names and the case's number beside their ids. */
export function toEntryView(e: StoredEntry, { names, numbers }: Labels): AuditEntryView {
  const name = names.get(e.actor.userId);
  const targetName = e.target ? names.get(e.target) : undefined;
  const caseNumber = e.caseId ? numbers.get(e.caseId) : undefined;
  return {
    at: e.at.toISOString(),
    actor: { userId: e.actor.userId, role: e.actor.role, ...stationOf(e.actor.station), ...(name ? { name } : {}) },
    action: e.action,
    ...(e.caseId ? { caseId: e.caseId } : {}),
    ...(caseNumber ? { caseNumber } : {}),
    ...(e.target ? { target: e.target } : {}),
    ...(targetName ? { targetName } : {}),
  };
}

/** Entries of a filter, newest first. */
export function findEntries(conn: Connection, filter: Record<string, unknown>, skip: number, limit: number) {
  return auditModel(conn).find(filter).sort({ at: -1, _id: -1 }).skip(skip).limit(limit).lean<StoredEntry[]>();
}

/**
 * `GET /admin/audit` (admin only): entries matching every filter given —
 * `caseId` or `caseNumber`, `actor` (user id), `action`, `at` within [`from`, `to`] —
 * newest first, paged, with names and case numbers. Request ids stay in the database (for operators).
 */
export async function listAudit(conn: Connection, query: AuditQuery): Promise<AuditList> {
  const filter = await auditFilter(conn, query);
  if (!filter) return { items: [], total: 0 };
  const [entries, total] = await Promise.all([
    findEntries(conn, filter, (query.page - 1) * query.pageSize, query.pageSize),
    auditModel(conn).countDocuments(filter),
  ]);
  const labels = await labelsOf(conn, entries);
  return { items: entries.map((e) => toEntryView(e, labels)), total };
}
