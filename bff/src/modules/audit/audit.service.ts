import { type Connection } from 'mongoose';
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
