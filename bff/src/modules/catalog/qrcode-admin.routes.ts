import { z } from 'zod';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { QrList, QrListQuery, QrTokenParams } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { posterContent } from './poster-content';
import { posterPdf } from './poster-pdf';
import { listQrCodes } from './qrcode-list.service';

const POSTER_PDF = z.any().describe('the A4 poster as application/pdf');

/** The console's QR codes: GET /admin/qrcodes and each one's poster; admins only, checked before anything is read. */
const qrcodeAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = { onRequest: [app.authenticate, app.requireRole('admin')] };
  const docs = { tags: ['admin'], security: [{ bearer: [] }] };

  app.get(
    '/admin/qrcodes',
    {
      ...guard,
      schema: { ...docs, querystring: QrListQuery, response: { 200: QrList, ...errorResponses(...WITH_ROLE) } },
    },
    async (request) => listQrCodes({ conn: app.db, config: app.config }, request.query),
  );

  app.get(
    '/admin/qrcodes/:token/poster.pdf',
    {
      ...guard,
      schema: {
        ...docs,
        params: QrTokenParams,
        response: { 200: POSTER_PDF, ...errorResponses(...WITH_ROLE, 'NOT_FOUND') },
      },
    },
    async (request, reply) => {
      const content = await posterContent({ conn: app.db, config: app.config }, request.params.token);
      const name = `二维码海报-${content.title}.pdf`;
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="poster-${content.token}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(await posterPdf(content));
    },
  );
};

export default qrcodeAdminRoutes;
