import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AdminConfig,
  CentreContact,
  CourierCompaniesBody,
  CourierCompanyList,
  HallConfig,
  HallConfigBody,
  IdParams,
  MeResponse,
  RolesBody,
  StationList,
  StationsBody,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { currentUserOf } from './role-guard';
import { setRoles } from './roles.service';
import { adminConfig } from './admin-config.service';
import { setHallConfig } from './hall-config.service';
import { readCentreContact, setCentreContact } from './centre-contact.service';
import { setCourierCompanies, setStations } from './config-lists.service';
import { UserErrors } from './users.errors';

/** `If-Match: 3` or `"3"` → 3 (the version the admin's editor read); absent → undefined; anything else → 400. */
function ifMatchOf(request: FastifyRequest): number | undefined {
  const given = request.headers['if-match'];
  if (given === undefined) return undefined;
  const match = typeof given === 'string' ? /^\s*(?:W\/)?"?([0-9]{1,9})"?\s*$/.exec(given) : null;
  if (!match?.[1]) throw UserErrors.badIfMatch();
  return Number(match[1]);
}

/**
 * PUT /admin/users/:id/roles (admin; If-Match optional), GET /admin/config (admin, staff), PUT /admin/config/hall,
 * /centre, /stations, /courier-companies (admin), GET /admin/config/centre (admin, staff).
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
    async (request) =>
      setRoles(app, currentUserOf(request), request.params.id, request.body, request.id, ifMatchOf(request)),
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
    '/admin/config/stations',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        body: StationsBody,
        response: { 200: StationList, ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT') },
      },
    },
    async (request) => setStations(app, currentUserOf(request), request.body, request.id),
  );

  app.put(
    '/admin/config/courier-companies',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        body: CourierCompaniesBody,
        response: { 200: CourierCompanyList, ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT') },
      },
    },
    async (request) => setCourierCompanies(app, currentUserOf(request), request.body, request.id),
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
