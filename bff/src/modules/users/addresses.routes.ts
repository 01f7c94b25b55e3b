import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddressBody, AddressList, AddressView, IdParams } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { createAddress, deleteAddress, listAddresses, updateAddress } from './addresses.service';

/** GET/POST /me/addresses, PUT/DELETE /me/addresses/:id — only the user's own addresses. */
const addressesRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: app.authenticate };
  const tags = ['me'];
  const security = [{ bearer: [] }];

  app.get(
    '/me/addresses',
    { ...base, schema: { tags, security, response: { 200: AddressList, ...errorResponses('UNAUTHENTICATED') } } },
    async (request) => ({
      items: await listAddresses(app, authOf(request).id),
    }),
  );

  app.post(
    '/me/addresses',
    {
      ...base,
      schema: {
        tags,
        security,
        body: AddressBody,
        response: { 201: AddressView, ...errorResponses(...SIGNED_IN, 'INVALID_STATE') },
      },
    },
    async (request, reply) => reply.status(201).send(await createAddress(app, authOf(request).id, request.body)),
  );

  app.put(
    '/me/addresses/:id',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        body: AddressBody,
        response: { 200: AddressView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND') },
      },
    },
    async (request) => updateAddress(app, authOf(request).id, request.params.id, request.body),
  );

  app.delete(
    '/me/addresses/:id',
    {
      ...base,
      schema: {
        tags,
        security,
        params: IdParams,
        response: { 204: z.null(), ...errorResponses(...SIGNED_IN, 'NOT_FOUND') },
      },
    },
    async (request, reply) => {
      await deleteAddress(app, authOf(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default addressesRoutes;
