import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChainGuide, ChainInput, CodeParams, ItemGuide, ItemInput, QrCreateBody, QrCreated } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { putChain } from './chain.service';
import { putItem } from './item.service';
import { createAdminQr } from './qrcode.service';
import { adminWriter } from './write-context';

/** Catalog maintenance: admins only, checked before the body is even parsed. */
const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate, app.requireRole('admin')] };
  const docs = { tags: ['admin'], security: [{ bearer: [] }] };
  const written = errorResponses(...WITH_ROLE, 'VERSION_CONFLICT');

  app.put(
    '/admin/items/:code',
    {
      ...guard,
      schema: {
        ...docs,
        params: CodeParams,
        body: ItemInput,
        response: { 200: ItemGuide, 201: ItemGuide, ...written },
      },
    },
    async (request, reply) => {
      const { outcome, guide } = await putItem(app.db, request.params.code, request.body, adminWriter(request));
      return reply.code(outcome === 'created' ? 201 : 200).send(guide);
    },
  );

  app.put(
    '/admin/chains/:code',
    {
      ...guard,
      schema: {
        ...docs,
        params: CodeParams,
        body: ChainInput,
        response: { 200: ChainGuide, 201: ChainGuide, ...written },
      },
    },
    async (request, reply) => {
      const { outcome, guide } = await putChain(app.db, request.params.code, request.body, adminWriter(request));
      return reply.code(outcome === 'created' ? 201 : 200).send(guide);
    },
  );

  app.post(
    '/admin/qrcodes',
    { ...guard, schema: { ...docs, body: QrCreateBody, response: { 201: QrCreated, ...written } } },
    async (request, reply) => {
      const created = await createAdminQr(
        { conn: app.db, config: app.config, wechat: app.wechat, log: request.log, targets: app.qrTargets },
        request.body,
        adminWriter(request),
      );
      return reply.code(201).send(created);
    },
  );
};

export default adminRoutes;
