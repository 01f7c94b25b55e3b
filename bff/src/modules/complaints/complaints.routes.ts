import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ComplaintBody,
  ComplaintList,
  ComplaintListQuery,
  ComplaintRatingBody,
  ComplaintView,
  IdParams,
} from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { rateComplaint } from './answer.service';
import { ComplaintLimitError } from './complaints.errors';
import { fileComplaint } from './file.service';
import { listMine, readMine } from './read.service';

/** 投诉建议 of the signed-in user (any role: everyone is a resident): file, list, read, rate the answer. */
const complaintsRoutes: FastifyPluginAsyncZod = async (app) => {
  const docs = { tags: ['complaints'], security: [{ bearer: [] }] };

  app.post(
    '/complaints',
    {
      onRequest: app.authenticate,
      schema: {
        ...docs,
        body: ComplaintBody,
        response: { 201: ComplaintView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE', 'RATE_LIMITED') },
      },
    },
    async (request, reply) => {
      try {
        return await reply.code(201).send(await fileComplaint(app, authOf(request), request.body));
      } catch (err) {
        if (err instanceof ComplaintLimitError) void reply.header('retry-after', String(err.retryAfter));
        throw err;
      }
    },
  );

  app.get(
    '/complaints',
    {
      onRequest: app.authenticate,
      schema: {
        ...docs,
        querystring: ComplaintListQuery,
        response: { 200: ComplaintList, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => listMine(app, authOf(request).id, request.query),
  );

  app.get(
    '/complaints/:id',
    {
      onRequest: app.authenticate,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: ComplaintView, ...errorResponses(...SIGNED_IN, 'NOT_FOUND') },
      },
    },
    async (request) => readMine(app, authOf(request).id, request.params.id),
  );

  app.post(
    '/complaints/:id/rating',
    {
      onRequest: app.authenticate,
      schema: {
        ...docs,
        params: IdParams,
        body: ComplaintRatingBody,
        response: {
          200: ComplaintView,
          ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE', 'VERSION_CONFLICT'),
        },
      },
    },
    async (request) => rateComplaint(app, authOf(request).id, request.params.id, request.body),
  );
};

export default complaintsRoutes;
