import { z } from 'zod';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChaseBody, ChaseResult, IdParams, SupervisionQuery, SupervisionView } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { chaseCase } from './chase.service';
import { supervisionDashboard } from './dashboard.service';
import { exportSupervision } from './export.service';
import { ChaseTooSoonError } from './supervision.errors';

const CSV = z.any().describe('the report as text/csv (UTF-8 with a BOM)');

/** `supervision-20261203-1030.csv` and `效能监察-…csv`, Beijing time. */
function csvNames(now: Date) {
  const stamp = new Date(now.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return `filename="supervision-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`效能监察-${stamp}.csv`)}`;
}

/**
 * 效能监察 (admin only; the role re-read from the user record): the dashboard, its CSV, and the chase (催办) of a
 * case. README.md has the shapes and rules.
 */
const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const security = [{ bearer: [] }];

  app.get(
    '/admin/supervision',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        querystring: SupervisionQuery,
        response: { 200: SupervisionView, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request) => supervisionDashboard(app, request.query),
  );

  app.get(
    '/admin/supervision/export.csv',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        querystring: SupervisionQuery,
        response: { 200: CSV, ...errorResponses(...WITH_ROLE) },
      },
    },
    async (request, reply) => {
      const csv = await exportSupervision(app, { userId: authOf(request).id }, request.query, request.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; ${csvNames(new Date())}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(csv, 'utf8'));
    },
  );

  app.post(
    '/admin/supervision/cases/:id/chase',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        params: IdParams,
        body: ChaseBody,
        response: {
          201: ChaseResult,
          ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'INVALID_STATE', 'VERSION_CONFLICT', 'RATE_LIMITED'),
        },
      },
    },
    async (request, reply) => {
      try {
        const done = await chaseCase(app, { userId: authOf(request).id }, request.params.id, request.body, request.id);
        return await reply.code(201).send(done);
      } catch (err) {
        if (err instanceof ChaseTooSoonError) void reply.header('retry-after', String(err.retryAfter));
        throw err;
      }
    },
  );
};

export default supervisionRoutes;
