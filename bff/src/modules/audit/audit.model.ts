import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * Append-only audit log: who did what to which case or person, and every read
 * of unmasked personal data. The app only ever inserts into it and reads it.
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

/** Raised by every attempt to change or remove audit entries through the model: a bug (500), not an AppError. */
export class AuditLogImmutableError extends Error {
  constructor(operation: string) {
    super(`the audit log is append-only: ${operation} refused`);
    this.name = 'AuditLogImmutableError';
  }
}

// Refused at the model, so no code path of the app (a bug, a careless helper) can
// rewrite history. The database role of production enforces the same below the app
// (docs/data-protection.md); raw driver calls are what that role is for.
const QUERY_WRITES = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'deleteOne',
  'deleteMany',
] as const;
for (const op of QUERY_WRITES) {
  auditSchema.pre(op, { query: true, document: false }, function refuse() {
    throw new AuditLogImmutableError(op);
  });
}
// `doc.deleteOne()` / `doc.updateOne()` on a loaded entry.
auditSchema.pre(['deleteOne', 'updateOne'], { document: true, query: false }, function refuse() {
  throw new AuditLogImmutableError('document write');
});
// `doc.save()` of an entry that is already stored (a new one is an insert and allowed).
auditSchema.pre('save', function refuseResave() {
  if (!this.isNew) throw new AuditLogImmutableError('save of a stored entry');
});
auditSchema.pre('bulkWrite', function refuseBulk(next, ops: Array<Record<string, unknown>>) {
  if (ops.some((op) => !('insertOne' in op))) throw new AuditLogImmutableError('bulkWrite');
  next();
});

export type AuditEntry = InferSchemaType<typeof auditSchema>;

export function auditModel(conn: Connection) {
  // Compiling the same schema again on a connection returns the existing model.
  return conn.model('AuditLog', auditSchema);
}
