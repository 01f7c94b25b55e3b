import { type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '@onetrip/shared';
import { errorResponses, WITH_ROLE } from '../../lib/error-responses';
import { CERTIFICATE_PDF, certificatePdfOf, sendCertificate } from '../applications';
import { auditStaff, loadStaffCase, staffContext } from './staff-access';

/**
 * GET /staff/applications/:id/certificate.pdf — the electronic result (电子送达)
 * as the applicant downloads it, for staff who may read the case (others 404),
 * audited `case.certificate`; 409 INVALID_STATE until there is one.
 */
const staffCertificateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/staff/applications/:id/certificate.pdf',
    {
      onRequest: [app.authenticate, app.requireRole('staff')],
      schema: {
        tags: ['staff'],
        security: [{ bearer: [] }],
        params: IdParams,
        response: { 200: CERTIFICATE_PDF, ...errorResponses(...WITH_ROLE, 'NOT_FOUND', 'INVALID_STATE') },
      },
    },
    async (request, reply) => {
      const ctx = staffContext(app, request);
      const record = await loadStaffCase(ctx, request.params.id);
      const certificate = await certificatePdfOf(app.pii, record);
      await auditStaff(ctx, 'case.certificate', request.params.id);
      return sendCertificate(reply, certificate);
    },
  );
};

export default staffCertificateRoutes;
