import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CallNextBody,
  HallDateQuery,
  HallEmptyBody,
  HallGroupParams,
  HallStatistics,
  IdParams,
  ServeBody,
  StaffTicketView,
  TransferBody,
} from '@onetrip/shared';
import { currentUserOf, staffKindOf } from '../users';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { callNext, done, noShow, recall, serve, transfer, type Clerk } from './calls.service';
import { hallStatistics } from './statistics.service';

/**
 * The clerk as the role guard has just read them: a department window, or a
 * comprehensive window (综合窗口, users module) with the hall it sits in,
 * which serves every group of that hall.
 */
const clerkOf = (request: FastifyRequest): Clerk => {
  const user = currentUserOf(request);
  const comprehensive = staffKindOf(user) === 'comprehensive' && user.hall ? { comprehensiveHall: user.hall } : {};
  return { userId: user._id.toHexString(), department: user.department ?? '', requestId: request.id, ...comprehensive };
};

/** The clerks' side: calling and handling tickets (role staff, re-read from the record); statistics for staff and admins. */
const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate, app.requireRole('staff')] };
  const docs = { tags: ['hall'], security: [{ bearer: [] }] };
  const answers = { 200: StaffTicketView, ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'INVALID_STATE') };

  app.post(
    '/hall/groups/:code/call-next',
    { ...guard, schema: { ...docs, params: HallGroupParams, body: CallNextBody, response: answers } },
    async (request) => callNext(app, clerkOf(request), request.params.code, request.body.window),
  );

  const simple = [
    ['recall', recall],
    ['no-show', noShow],
    ['done', done],
  ] as const;
  for (const [path, action] of simple) {
    app.post(
      `/tickets/:id/${path}`,
      { ...guard, schema: { ...docs, params: IdParams, body: HallEmptyBody, response: answers } },
      async (request) => action(app, clerkOf(request), request.params.id),
    );
  }

  app.post(
    '/tickets/:id/serve',
    { ...guard, schema: { ...docs, params: IdParams, body: ServeBody, response: answers } },
    async (request) => serve(app, clerkOf(request), request.params.id, request.body?.caseId),
  );

  app.post(
    '/tickets/:id/transfer',
    { ...guard, schema: { ...docs, params: IdParams, body: TransferBody, response: answers } },
    async (request) => transfer(app, clerkOf(request), request.params.id, request.body.group),
  );

  app.get(
    '/hall/statistics',
    {
      onRequest: [app.authenticate, app.requireRole('staff', 'admin')],
      schema: {
        ...docs,
        querystring: HallDateQuery,
        response: { 200: HallStatistics, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => hallStatistics(app.db, request.query.date),
  );
};

export default staffRoutes;
