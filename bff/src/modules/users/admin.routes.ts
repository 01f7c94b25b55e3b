import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AdminConfig, IdParams, MeResponse, RolesBody } from '@onetrip/shared';
import { currentUserOf } from '../../plugins/app/roles';
import { setRoles } from './roles.service';
import { adminConfig } from './admin-config.service';

/** PUT /admin/users/:id/roles (admin), GET /admin/config (admin, staff). Roles re-read from the record. */
const adminUsersRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  app.put(
    '/admin/users/:id/roles',
    {
      onRequest: app.requireRole('admin'),
      schema: { tags, security, params: IdParams, body: RolesBody, response: { 200: MeResponse } },
    },
    async (request) => setRoles(app, currentUserOf(request), request.params.id, request.body, request.id),
  );

  app.get(
    '/admin/config',
    { onRequest: app.requireRole('admin', 'staff'), schema: { tags, security, response: { 200: AdminConfig } } },
    async () => adminConfig(app),
  );
};

export default adminUsersRoutes;
