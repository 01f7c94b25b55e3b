import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AdminConfig,
  CentreContact,
  HallConfig,
  HallConfigBody,
  IdParams,
  MeResponse,
  RolesBody,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { currentUserOf } from './role-guard';
import { setRoles } from './roles.service';
import { adminConfig } from './admin-config.service';
import { setHallConfig } from './hall-config.service';
import { readCentreContact, setCentreContact } from './centre-contact.service';

/**
 * PUT /admin/users/:id/roles (admin), GET /admin/config (admin, staff), PUT /admin/config/hall (admin),
 * PUT /admin/config/centre (admin), GET /admin/config/centre (admin, staff).
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

  app.put(
    '/admin/config/centre',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        body: CentreContact,
        response: { 200: CentreContact, ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT') },
      },
    },
    async (request) => {
      const actor = { userId: currentUserOf(request)._id.toHexString(), role: 'admin' };
      return setCentreContact(app, actor, request.body, request.id);
    },
  );

  app.get(
    '/admin/config/centre',
    {
      onRequest: app.requireRole('admin', 'staff'),
      schema: {
        tags,
        security,
        response: { 200: CentreContact, ...errorResponses('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND') },
      },
    },
    async () => readCentreContact(app.db),
  );
};

export default adminUsersRoutes;
