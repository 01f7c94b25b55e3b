import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppointmentBody,
  AppointmentList,
  AppointmentView,
  HallEmptyBody,
  IdParams,
  TicketView,
} from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { book, cancel, checkIn, listOwn } from './appointments.service';
import { toTicketView } from './tickets.service';

/** The resident's appointments and check-in. Each sees only their own (404 for others'). */
const appointmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate] };
  const docs = { tags: ['hall'], security: [{ bearer: [] }] };

  app.post(
    '/appointments',
    {
      ...guard,
      schema: {
        ...docs,
        body: AppointmentBody,
        response: { 201: AppointmentView, ...errorResponses(...SIGNED_IN, 'INVALID_STATE') },
      },
    },
    async (request, reply) => reply.code(201).send(await book(app, { userId: authOf(request).id }, request.body)),
  );

  app.get(
    '/appointments',
    { ...guard, schema: { ...docs, response: { 200: AppointmentList, ...errorResponses(...SIGNED_IN) } } },
    async (request) => ({ items: await listOwn(app.db, { userId: authOf(request).id }) }),
  );

  app.delete(
    '/appointments/:id',
    {
      ...guard,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: AppointmentView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request) => cancel(app.db, { userId: authOf(request).id }, request.params.id),
  );

  app.post(
    '/appointments/:id/check-in',
    {
      ...guard,
      schema: {
        ...docs,
        params: IdParams,
        body: HallEmptyBody,
        response: { 201: TicketView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request, reply) => {
      const ticket = await checkIn(app.db, { userId: authOf(request).id }, request.params.id);
      return reply.code(201).send(await toTicketView(app.db, ticket));
    },
  );
};

export default appointmentsRoutes;
