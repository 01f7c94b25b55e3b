import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { UserSearchList, UserSearchQuery } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { currentUserOf } from './role-guard';
import { searchUsers } from './user-search.service';

/** GET /admin/users — the admin's people search (the role re-read from the record before the query is read). */
const userSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/users',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        querystring: UserSearchQuery,
        response: { 200: UserSearchList, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => searchUsers(app, currentUserOf(request), request.query, request.id),
  );
};

export default userSearchRoutes;
