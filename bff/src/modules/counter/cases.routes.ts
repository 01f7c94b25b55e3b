import { type FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CounterAcceptBody,
  CounterCaseBody,
  CounterCaseView,
  CounterPatchBody,
  CounterRefuseBody,
  IdParams,
  IfMatchHeader,
  MaterialCodeParams,
  MaterialUploadsBody,
  OriginalCheckBody,
} from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { counterContext } from './counter-access';
import { patchCounterCase, readCounterCase, startCounterCase } from './cases.service';
import { acceptAtCounter, refuseIntake } from './intake.service';
import { checkOriginal, putCounterMaterial } from './materials.service';

/** The case's version as its ETag, for the next If-Match. */
function withEtag(reply: FastifyReply, view: CounterCaseView): CounterCaseView {
  reply.header('etag', `"${view.version}"`);
  return view;
}

/** The counter's case routes: start, read, fill, scan, check originals, accept or refuse — counter clerks only. */
const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = { onRequest: [app.authenticate, app.requireRole('staff')] };
  const docs = { tags: ['counter'], security: [{ bearer: [] }] };
  const written = errorResponses(...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE');

  app.post(
    '/counter/cases',
    {
      ...base,
      schema: { ...docs, body: CounterCaseBody, response: { 201: CounterCaseView, ...errorResponses(...WITH_ROLE) } },
    },
    async (request, reply) => {
      const view = await startCounterCase(counterContext(app, request), request.body);
      return reply.status(201).send(withEtag(reply, view));
    },
  );

  app.get(
    '/counter/cases/:id',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        response: { 200: CounterCaseView, ...errorResponses(...WITH_ROLE, 'NOT_FOUND') },
      },
    },
    async (request, reply) => withEtag(reply, await readCounterCase(counterContext(app, request), request.params.id)),
  );

  app.patch(
    '/counter/cases/:id',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        headers: IfMatchHeader,
        body: CounterPatchBody,
        response: { 200: CounterCaseView, ...written },
      },
    },
    async (request, reply) => {
      const ctx = counterContext(app, request);
      const view = await patchCounterCase(ctx, request.params.id, request.headers['if-match'], request.body);
      return withEtag(reply, view);
    },
  );

  app.put(
    '/counter/cases/:id/materials/:materialCode',
    {
      ...base,
      schema: {
        ...docs,
        params: MaterialCodeParams,
        headers: IfMatchHeader,
        body: MaterialUploadsBody,
        response: { 200: CounterCaseView, ...written },
      },
    },
    async (request, reply) => {
      const { id, materialCode } = request.params;
      const ctx = counterContext(app, request);
      const ifMatch = request.headers['if-match'];
      const { uploadIds, uploadSlots } = request.body;
      return withEtag(reply, await putCounterMaterial(ctx, id, materialCode, ifMatch, uploadIds, uploadSlots));
    },
  );

  app.put(
    '/counter/cases/:id/materials/:materialCode/original',
    {
      ...base,
      schema: {
        ...docs,
        params: MaterialCodeParams,
        headers: IfMatchHeader,
        body: OriginalCheckBody,
        response: { 200: CounterCaseView, ...written },
      },
    },
    async (request, reply) => {
      const { id, materialCode } = request.params;
      const ctx = counterContext(app, request);
      const ifMatch = request.headers['if-match'];
      return withEtag(reply, await checkOriginal(ctx, id, materialCode, ifMatch, request.body.checked));
    },
  );

  app.post(
    '/counter/cases/:id/accept',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        headers: IfMatchHeader,
        body: CounterAcceptBody,
        response: {
          200: CounterCaseView,
          ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_STATE', 'INCOMPLETE'),
        },
      },
    },
    async (request, reply) => {
      const ctx = counterContext(app, request);
      const view = await acceptAtCounter(ctx, request.params.id, request.headers['if-match'], request.body);
      return withEtag(reply, view);
    },
  );

  app.post(
    '/counter/cases/:id/refuse',
    {
      ...base,
      schema: {
        ...docs,
        params: IdParams,
        headers: IfMatchHeader,
        body: CounterRefuseBody,
        response: { 200: CounterCaseView, ...written },
      },
    },
    async (request, reply) => {
      const ctx = counterContext(app, request);
      const view = await refuseIntake(ctx, request.params.id, request.headers['if-match'], request.body);
      return withEtag(reply, view);
    },
  );
};

export default casesRoutes;
