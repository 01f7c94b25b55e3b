import { createHash } from 'node:crypto';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CentrePublic } from '@onetrip/shared';
import { errorResponses } from '../../lib/error-responses';
import { notModified } from '../../lib/public-cache';
import { publicCentre } from './centre-contact.service';

/** 304 Not Modified: no body. */
const NotModified = z.null().describe('not modified (If-None-Match)');

/**
 * `GET /centre` (public, no login): the centre's contact, 12345 and the hall's
 * hours, for the "call us" lines of guides, cases and an empty search. Cached
 * like the public catalog (`public, max-age=60`, an ETag from the record's
 * version and the hours text, 304 on `If-None-Match`).
 */
const centreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/centre',
    {
      // Public and unauthenticated: limited per address like the legal texts, so it cannot be used to load the database.
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['centre'],
        response: { 200: CentrePublic, 304: NotModified, ...errorResponses('RATE_LIMITED') },
      },
    },
    async (request, reply) => {
      const { view, version } = await publicCentre(app.db);
      const etag = `"centre-${version}-${createHash('sha256').update(view.hours).digest('hex').slice(0, 8)}"`;
      if (notModified(request, reply, etag)) return reply.code(304).send(null);
      return view;
    },
  );
};

export default centreRoutes;
