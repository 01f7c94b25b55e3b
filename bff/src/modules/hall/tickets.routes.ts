import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, TicketBody, TicketList, TicketView } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { giveUp, listOwnToday } from './own-tickets.service';
import { ownTicket, takeWalkIn } from './tickets.service';

/** The resident's tickets: take one, read one, today's list, give one up. Each sees only their own (404 for others'). */
const ticketsRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate] };
  const docs = { tags: ['hall'], security: [{ bearer: [] }] };
  const byId = { ...docs, params: IdParams };

  app.post(
    '/tickets',
    {
      ...guard,
      schema: {
        ...docs,
        body: TicketBody,
        response: { 201: TicketView, ...errorResponses(...SIGNED_IN, 'INVALID_STATE') },
      },
    },
    async (request, reply) => reply.code(201).send(await takeWalkIn(app.db, authOf(request).id, request.body.group)),
  );

  app.get(
    '/tickets',
    { ...guard, schema: { ...docs, response: { 200: TicketList, ...errorResponses(...SIGNED_IN) } } },
    async (request) => ({ items: await listOwnToday(app.db, authOf(request).id) }),
  );

  app.get(
    '/tickets/:id',
    { ...guard, schema: { ...byId, response: { 200: TicketView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND') } } },
    async (request) => ownTicket(app.db, authOf(request).id, request.params.id),
  );

  app.delete(
    '/tickets/:id',
    {
      ...guard,
      schema: {
        ...byId,
        response: { 200: TicketView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request) => giveUp(app.db, authOf(request).id, request.params.id),
  );
};

export default ticketsRoutes;
