import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { listAudit } from './audit.service';

/** GET /admin/audit — admins only (the role is re-read from the user record). */
const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/audit',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: AuditQuery,
        response: { 200: AuditList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => listAudit(app.db, request.query),
  );
};

export default auditRoutes;
