import { type FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, StaffApplicationView, StaffQueue, StaffQueueQuery } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { staffContext } from './staff-access';
import { staffQueue } from './queue.service';
import { readStaffCase } from './staff-view';

/** The case's version as its ETag, for the next If-Match. */
export function withEtag(reply: FastifyReply, view: StaffApplicationView): StaffApplicationView {
  reply.header('etag', `"${view.version}"`);
  return view;
}

/** GET /staff/applications (queues) and GET /staff/applications/:id (one case, audited). */
const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: [app.authenticate, app.requireRole('staff')] };
  const docs = { tags: ['staff'], security: [{ bearer: [] }] };

  app.get(
    '/staff/applications',
    {
      ...base,
      schema: { ...docs, querystring: StaffQueueQuery, response: { 200: StaffQueue, ...errorResponses(...WITH_ROLE) } },
    },
    async (request) => staffQueue(staffContext(app, request), request.query),
  );

  app.get(
    '/staff/applications/:id',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: StaffApplicationView, ...errorResponses(...WITH_ROLE, 'NOT_FOUND') },
      },
    },
    async (request, reply) => withEtag(reply, await readStaffCase(staffContext(app, request), request.params.id)),
  );
};

export default staffRoutes;
