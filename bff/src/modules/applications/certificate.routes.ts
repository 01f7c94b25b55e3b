import { z } from 'zod';
import { type FastifyReply } from 'fastify';
import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '@onetrip/shared';
import { errorResponses, SIGNED_IN } from '../../lib/error-responses';
import { authOf } from '../../plugins/app/authenticate';
import { downloadCertificate, type CertificatePdf } from './certificate.service';

export const CERTIFICATE_PDF = z.any().describe('the 办理结果通知书 as application/pdf');

/** The PDF with a file name of the case number; personal, so never cached on the way. */
export function sendCertificate(reply: FastifyReply, { number, pdf }: CertificatePdf) {
  const name = `办理结果通知书-${number}.pdf`;
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${number}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('cache-control', 'private, no-store')
    .send(pdf);
}

/** GET /applications/:id/certificate.pdf — the electronic result (电子送达) of the applicant's case. */
const certificateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/applications/:id/certificate.pdf',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['applications'],
        security: [{ bearer: [] }],
        params: IdParams,
        response: { 200: CERTIFICATE_PDF, ...errorResponses(...SIGNED_IN, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request, reply) =>
      sendCertificate(reply, await downloadCertificate(app, authOf(request), request.params.id)),
  );
};

export default certificateRoutes;
