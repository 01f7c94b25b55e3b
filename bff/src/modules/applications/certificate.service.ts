import { type FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { renderSectionsPdf } from '../../lib/pdf/sections-pdf';
import { type AuthUser } from '../../plugins/app/authenticate';
import { type ApplicationRecord } from './application.model';
import { loadCase } from './case-access';
import { auditAgentAction } from './case-audit';
import { certificateContent } from './certificate-content';
import { hasElectronicResult } from './electronic-delivery';
import { type Pii } from '../../lib/pii';

export interface CertificatePdf {
  /** the case number, for the file's name */
  number: string;
  pdf: Buffer;
}

/**
 * The PDF of an electronic case's result, drawn from the case each time (no
 * stored file: the case holds everything it says, and the same case gives
 * the same bytes). 409 INVALID_STATE until the case has one (not electronic,
 * or not issued yet).
 */
export async function certificatePdfOf(pii: Pii, record: ApplicationRecord): Promise<CertificatePdf> {
  if (!hasElectronicResult(record)) throw new AppError('INVALID_STATE', '该办件还没有可下载的电子办理结果');
  const paper = certificateContent(pii, record);
  return { number: paper.subject, pdf: await renderSectionsPdf(paper) };
}

/**
 * `GET /applications/:id/certificate.pdf`: the applicant of the case or its
 * submitting agent. Outcomes: the PDF; 404 NOT_FOUND for anyone else (and an
 * unknown case); 409 INVALID_STATE before there is an electronic result. The
 * agent's download is audited (`case.certificate`): it is the resident's paper.
 */
export async function downloadCertificate(app: FastifyInstance, auth: AuthUser, id: string): Promise<CertificatePdf> {
  const record = await loadCase(app, auth, id);
  const certificate = await certificatePdfOf(app.pii, record);
  await auditAgentAction(app, auth, record, 'case.certificate');
  return certificate;
}
