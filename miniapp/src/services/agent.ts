import { type ApplicationList, type ApplicationView, type CaseStatus } from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * The village agent's own calls (代办员). Only the `agent` subpackage imports this file, so it stays out
 * of the main package. Creating a case is `createApplication` with `applicant` (services/applications).
 */
export interface AgentCaseFilter {
  status?: CaseStatus;
  page?: number;
  pageSize?: number;
}

/** GET /applications?scope=agent — only the cases this agent submitted, newest change first. */
export function listAgentApplications(filter: AgentCaseFilter = {}): Promise<ApplicationList> {
  const query = toQuery({ scope: 'agent', status: filter.status, page: filter.page, pageSize: filter.pageSize });
  return request<ApplicationList>(`/applications${query}`, { silent: true });
}

/**
 * PUT /applications/:id/paper-authorization — the signed paper form, uploaded first (POST /uploads);
 * staff check it at acceptance. The case version goes along as `If-Match` like every case write
 * (optional there, checked when sent) → the case as it now is.
 */
export function putPaperAuthorization(caseId: string, version: number, uploadId: string): Promise<ApplicationView> {
  return request<ApplicationView>(`/applications/${encodeURIComponent(caseId)}/paper-authorization`, {
    method: 'PUT',
    body: { uploadId },
    ifMatch: version,
    silent: true,
  });
}
