import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CounterCaseList,
  CounterLookupBody,
  CounterLookupResult,
  CounterPerson,
  CounterPersonBody,
  IdParams,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { counterContext } from './counter-access';
import { personCases } from './person-cases.service';
import { lookupPerson, registerPerson } from './persons.service';

/** POST /counter/persons/lookup, POST /counter/persons, GET /counter/persons/:id/cases — counter clerks only. */
const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: [app.authenticate, app.requireRole('staff')] };
  const docs = { tags: ['counter'], security: [{ bearer: [] }] };

  app.post(
    '/counter/persons/lookup',
    {
      ...base,
      schema: {
        ...docs,
        body: CounterLookupBody,
        response: { 200: CounterLookupResult, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => lookupPerson(counterContext(app, request), request.body.idNumber),
  );

  app.post(
    '/counter/persons',
    {
      ...base,
      schema: {
        ...docs,
        body: CounterPersonBody,
        response: {
          200: CounterPerson,
          201: CounterPerson,
          ...errorResponses(...WITH_ROLE, 'VERSION_CONFLICT', 'UPSTREAM_UNAVAILABLE'),
        },
      },
    },
    async (request, reply) => {
      const { created, person } = await registerPerson(counterContext(app, request), request.body);
      return reply.status(created ? 201 : 200).send(person);
    },
  );

  app.get(
    '/counter/persons/:id/cases',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: CounterCaseList, ...errorResponses(...WITH_ROLE, 'NOT_FOUND') },
      },
    },
    async (request) => personCases(counterContext(app, request), request.params.id),
  );
};

export default personsRoutes;
