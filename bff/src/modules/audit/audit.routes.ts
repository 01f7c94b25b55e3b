import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { exportAudit } from './audit-export.service';
import { listAudit } from './audit.service';

/** `audit-20261125-1030.csv`, in Beijing time. */
const fileName = (now: Date) =>
  `audit-${new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.csv`;

/**
 * GET /admin/audit — admins only (the role is re-read from the user record). `format=csv` answers
 * `text/csv` (UTF-8 with a BOM) instead of a page: at most AUDIT_EXPORT_MAX rows, with
 * `x-export-rows`, `x-export-total` and `x-export-truncated` saying whether more matched.
 */
const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/audit',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        description: '`format=csv`: the matching entries as text/csv (UTF-8 with BOM), at most 10,000 rows.',
        querystring: AuditQuery,
        response: { 200: AuditList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request, reply) => {
      if (request.query.format !== 'csv') return listAudit(app.db, request.query);
      const done = await exportAudit(app.db, request.query, { userId: authOf(request).id }, request.id);
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName(new Date())}"`)
          .header('cache-control', 'private, no-store')
          .header('x-export-rows', String(done.rows))
          .header('x-export-total', String(done.total))
          .header('x-export-truncated', String(done.total > done.rows))
          // Fastify sends a Buffer as it is: the JSON schema of 200 applies to the page only.
          .send(Buffer.from(done.csv, 'utf8') as unknown as AuditList)
      );
    },
  );
};

export default auditRoutes;
