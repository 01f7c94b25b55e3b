import mongoose, { type Connection, type Types } from 'mongoose';
import { type AuditList, type AuditQuery } from '@onetrip/shared';
import { auditModel } from './audit.model';

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

interface StoredEntry {
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

/**
 * `GET /admin/audit` (admin only): entries matching every filter given —
 * `caseId`, `actor` (user id), `action`, `at` within [`from`, `to`] —
 * newest first, paged. Request ids stay in the database (for operators).
 */
export async function listAudit(conn: Connection, query: AuditQuery): Promise<AuditList> {
  const at = {
    ...(query.from ? { $gte: new Date(query.from) } : {}),
    ...(query.to ? { $lte: new Date(query.to) } : {}),
  };
  const filter = {
    ...(query.caseId ? { caseId: query.caseId } : {}),
    ...(query.actor ? { 'actor.userId': query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(Object.keys(at).length ? { at: mongoose.trusted(at) } : {}),
  };
  const Audit = auditModel(conn);
  const [entries, total] = await Promise.all([
    Audit.find(filter)
      .sort({ at: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<StoredEntry[]>(),
    Audit.countDocuments(filter),
  ]);
  return {
    items: entries.map((e) => ({
      at: e.at.toISOString(),
      actor: { userId: e.actor.userId, role: e.actor.role, ...stationOf(e.actor.station) },
      action: e.action,
      ...(e.caseId ? { caseId: e.caseId } : {}),
      ...(e.target ? { target: e.target } : {}),
    })),
    total,
  };
}
