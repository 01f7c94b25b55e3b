import { type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ConsentBody,
  ConsentParams,
  ConsentState,
  DeletionBody,
  DeletionResult,
  LegalDocumentView,
  LegalIndex,
  LegalParams,
  PersonalDataExport,
  PersonalDataSummary,
} from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { agree, getConsents, withdraw } from './consents.service';
import { deleteAccount } from './deletion.service';
import { legalDocument, legalIndex } from './legal.service';
import { exportPersonalData, personalData } from './personal-data.service';

/** `onetrip-my-data-20261210.json` */
const exportName = (at: Date) => `onetrip-my-data-${at.toISOString().slice(0, 10).replaceAll('-', '')}.json`;

/** The legal texts (public), the person's consents, their data, its export and the account's deletion. */
const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = [{ bearer: [] }];
  const publicLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };
  // Export and deletion read (or remove) everything of a person: limited per user.
  const perUser = {
    rateLimit: {
      max: app.config.AUTH_RATE_LIMIT,
      timeWindow: '1 minute',
      hook: 'preHandler' as const,
      keyGenerator: (request: FastifyRequest) => request.auth?.id ?? request.ip,
    },
  };

  app.get(
    '/legal',
    {
      config: publicLimit,
      schema: { tags: ['privacy'], response: { 200: LegalIndex, ...errorResponses('RATE_LIMITED') } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return legalIndex();
    },
  );

  app.get(
    '/legal/:kind',
    {
      config: publicLimit,
      schema: {
        tags: ['privacy'],
        params: LegalParams,
        response: { 200: LegalDocumentView, ...errorResponses('VALIDATION_FAILED', 'RATE_LIMITED') },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return legalDocument(app.db, request.params.kind);
    },
  );

  app.get(
    '/me/consents',
    {
      onRequest: app.authenticate,
      schema: { tags: ['privacy'], security, response: { 200: ConsentState, ...errorResponses('UNAUTHENTICATED') } },
    },
    async (request) => getConsents(app, authOf(request)),
  );

  app.post(
    '/me/consents',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['privacy'],
        security,
        body: ConsentBody,
        response: { 200: ConsentState, 201: ConsentState, ...errorResponses(...SIGNED_IN, 'INVALID_STATE') },
      },
    },
    async (request, reply) => {
      const { state, created } = await agree(app, authOf(request), request.body, request.id);
      return reply.status(created ? 201 : 200).send(state);
    },
  );

  app.delete(
    '/me/consents/:purpose',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['privacy'],
        security,
        params: ConsentParams,
        response: { 200: ConsentState, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => withdraw(app, authOf(request), request.params.purpose, request.id),
  );

  app.get(
    '/me/data',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['privacy'],
        security,
        response: { 200: PersonalDataSummary, ...errorResponses('UNAUTHENTICATED') },
      },
    },
    async (request) => personalData(app, authOf(request)),
  );

  app.get(
    '/me/export',
    {
      onRequest: app.authenticate,
      config: perUser,
      schema: {
        tags: ['privacy'],
        security,
        response: { 200: PersonalDataExport, ...errorResponses('UNAUTHENTICATED', 'RATE_LIMITED') },
      },
    },
    async (request, reply) => {
      const document = await exportPersonalData(app, authOf(request), request.id);
      reply
        .header('content-disposition', `attachment; filename="${exportName(new Date())}"`)
        .header('cache-control', 'private, no-store');
      return document;
    },
  );

  app.post(
    '/me/deletion',
    {
      onRequest: app.authenticate,
      config: perUser,
      schema: {
        tags: ['privacy'],
        security,
        body: DeletionBody,
        response: {
          200: DeletionResult,
          ...errorResponses(...SIGNED_IN, 'INVALID_STATE', 'VERSION_CONFLICT', 'RATE_LIMITED'),
        },
      },
    },
    async (request) => deleteAccount(app, authOf(request), request.id),
  );
};

export default privacyRoutes;
