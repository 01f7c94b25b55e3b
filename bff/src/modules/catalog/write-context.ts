import { type AuditInput } from '../audit';

/** Who writes to the catalog (audited when given) and under which request. */
export interface WriteContext {
  actor?: AuditInput['actor'];
  requestId?: string;
  /** the version the writer last saw (If-Match) */
  ifMatch?: number;
}
