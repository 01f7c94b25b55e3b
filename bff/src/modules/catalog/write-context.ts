import { type FastifyRequest } from 'fastify';
import { type CatalogEditor } from '@onetrip/shared';
import { authOf } from '../../plugins/app/authenticate';
import { type AuditInput } from '../audit';
import { CatalogErrors } from './catalog.errors';
import { editorOf } from './editor';
import { ifMatchVersion } from './http-cache';

/** Who writes to the catalog (audited when given) and under which request. */
export interface WriteContext {
  actor?: AuditInput['actor'];
  requestId?: string;
  /** the version the writer last saw (If-Match) */
  ifMatch?: number;
  /** kept with the version written (the history's "who") */
  by?: CatalogEditor;
}

/** The admin who writes, for the audit log and the history, and the version they last saw (If-Match). */
export function adminWriter(request: FastifyRequest): WriteContext & Required<Pick<WriteContext, 'actor' | 'by'>> {
  const ifMatch = ifMatchVersion(request);
  if (ifMatch === null) throw CatalogErrors.badIfMatch();
  return {
    actor: { userId: authOf(request).id, role: 'admin' },
    requestId: request.id,
    by: editorOf(request),
    ...(ifMatch === undefined ? {} : { ifMatch }),
  };
}
