import { API_BASE } from '@/config';

/**
 * GET /applications/:id/certificate.pdf — the 办理结果通知书 of a case delivered
 * electronically (电子送达). Only the applicant and the case's agent may read it,
 * so it is fetched with the token (platform/open-pdf), never opened as a plain link.
 */
export const certificatePdfUrl = (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/certificate.pdf`;
