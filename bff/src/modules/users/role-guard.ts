import fp from 'fastify-plugin';
import { type FastifyRequest } from 'fastify';
import { isValidObjectId } from 'mongoose';
import { type Role } from '@onetrip/shared';
import { forbidden, unauthenticated } from '../../lib/app-error';
import { authOf } from '../../plugins/app/authenticate';
import { usersModel, type UserRecord } from './users.model';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * preHandler: requires a valid access token and a user record holding one
     * of the roles; sets request.currentUser to that fresh record.
     */
    requireRole: (...roles: Role[]) => (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    currentUser?: UserRecord;
  }
}

/** The user record read by `requireRole` for this request. */
export function currentUserOf(request: FastifyRequest): UserRecord {
  if (!request.currentUser) throw unauthenticated();
  return request.currentUser;
}

/**
 * Role guards. Roles in the token are only a hint: the record is read again,
 * so a role removed a minute ago no longer opens staff or admin actions.
 * Registered on the root app (it lives here because it reads the users'
 * records, which this module owns).
 */
export default fp(
  async (app) => {
    app.decorateRequest('currentUser', undefined);
    app.decorate('requireRole', (...roles: Role[]) => async (request: FastifyRequest) => {
      if (!request.auth) await app.authenticate(request);
      const { id } = authOf(request);
      const user = isValidObjectId(id) ? await usersModel(app.db).findById(id).lean<UserRecord>() : null;
      if (!user) throw unauthenticated('登录已失效，请重新登录');
      if (!user.roles.some((role) => roles.includes(role as Role))) throw forbidden();
      request.currentUser = user;
    });
  },
  { name: 'roles', dependencies: ['authenticate', 'db'] },
);
