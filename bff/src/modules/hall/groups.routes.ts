import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  HallDateQuery,
  HallDaySlots,
  HallGroup,
  HallGroupDetail,
  HallGroupInput,
  HallGroupList,
  HallGroupParams,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { HallErrors } from './hall.errors';
import { daySlots } from './appointments.service';
import { groupDetail, listGroups, putGroup } from './groups.service';

/** `If-Match: 3` or `"3"` → 3; absent → undefined; anything else → 400. */
function ifMatchOf(request: FastifyRequest): number | undefined {
  const given = request.headers['if-match'];
  if (given === undefined) return undefined;
  const match = typeof given === 'string' ? /^\s*(?:W\/)?"?([0-9]{1,9})"?\s*$/.exec(given) : null;
  if (!match?.[1]) throw HallErrors.badIfMatch();
  return Number(match[1]);
}

/** Window groups: public reads; create-or-replace for admins (checked before the body is parsed). */
const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/admin/hall/groups/:code',
    {
      onRequest: [app.authenticate, app.requireRole('admin')],
      schema: {
        tags: ['admin'],
        security: [{ bearer: [] }],
        params: HallGroupParams,
        body: HallGroupInput,
        response: { 200: HallGroup, 201: HallGroup, ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT') },
      },
    },
    async (request, reply) => {
      const writer = { userId: authOf(request).id, requestId: request.id, ifMatch: ifMatchOf(request) };
      const { outcome, group } = await putGroup(app.db, request.params.code, request.body, writer);
      return reply.code(outcome === 'created' ? 201 : 200).send(group);
    },
  );

  app.get(
    '/hall/groups',
    { schema: { tags: ['hall'], response: { 200: HallGroupList, ...errorResponses('VALIDATION_FAILED') } } },
    async () => ({ items: await listGroups(app.db) }),
  );

  app.get(
    '/hall/groups/:code',
    {
      schema: {
        tags: ['hall'],
        params: HallGroupParams,
        response: { 200: HallGroupDetail, ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND') },
      },
    },
    async (request) => groupDetail(app.db, request.params.code),
  );

  app.get(
    '/hall/groups/:code/slots',
    {
      schema: {
        tags: ['hall'],
        params: HallGroupParams,
        querystring: HallDateQuery,
        response: { 200: HallDaySlots, ...errorResponses('VALIDATION_FAILED', 'NOT_FOUND') },
      },
    },
    async (request) => daySlots(app.db, request.params.code, request.query.date),
  );
};

export default groupsRoutes;
