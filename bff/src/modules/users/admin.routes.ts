import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AdminConfig, HallConfig, HallConfigBody, IdParams, MeResponse, RolesBody } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { currentUserOf } from './role-guard';
import { setRoles } from './roles.service';
import { adminConfig } from './admin-config.service';
import { setHallConfig } from './hall-config.service';

/**
 * PUT /admin/users/:id/roles (admin), GET /admin/config (admin, staff), PUT /admin/config/hall (admin).
 * Roles re-read from the record.
 */
const adminUsersRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  app.put(
    '/admin/users/:id/roles',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        params: IdParams,
        body: RolesBody,
        response: { 200: MeResponse, ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT') },
      },
    },
    async (request) => setRoles(app, currentUserOf(request), request.params.id, request.body, request.id),
  );

  app.get(
    '/admin/config',
    {
      onRequest: app.requireRole('admin', 'staff'),
      schema: { tags, security, response: { 200: AdminConfig, ...errorResponses('UNAUTHENTICATED', 'FORBIDDEN') } },
    },
    async () => adminConfig(app),
  );

  app.put(
    '/admin/config/hall',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        body: HallConfigBody,
        response: { 200: HallConfig, ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT') },
      },
    },
    async (request) => setHallConfig(app, currentUserOf(request), request.body, request.id),
  );
};

export default adminUsersRoutes;
