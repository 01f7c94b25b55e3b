import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * Append-only audit log: who did what to which case or person, and every read
 * of unmasked personal data. The app only ever inserts into it.
 */
const auditSchema = new Schema(
  {
    at: { type: Date, required: true, default: () => new Date(), index: true },
    actor: {
      userId: { type: String, required: true, index: true },
      role: { type: String, required: true },
      station: { type: Object, required: false },
    },
    action: { type: String, required: true, index: true },
    caseId: { type: String, index: true },
    target: { type: String },
    requestId: { type: String },
  },
  { collection: 'audit_logs', versionKey: false },
);

export type AuditEntry = InferSchemaType<typeof auditSchema>;

export function auditModel(conn: Connection) {
  // Compiling the same schema again on a connection returns the existing model.
  return conn.model('AuditLog', auditSchema);
}
