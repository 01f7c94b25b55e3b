import { type AuditList } from '@onetrip/shared';
import { API_BASE } from '@/config';
import { saveProtectedFile } from '@/platform/save-file';
import { request, toQuery } from './request';

/** 审计日志 of the console. Only the `admin` subpackage imports this file; silent (the page shows errors). */

/** The filters of GET /admin/audit as its query parameters (absent ones left out). */
export interface AuditFilters {
  caseId?: string;
  caseNumber?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** GET /admin/audit — one page, newest first, with names and case numbers. */
export function listAudit(filters: AuditFilters, page: number, pageSize: number): Promise<AuditList> {
  return request<AuditList>(`/admin/audit${toQuery({ ...filters, page, pageSize })}`, { silent: true });
}

/** GET /admin/audit?format=csv — every match (up to 10,000), saved as a CSV for Excel; the export is audited. */
export function exportAudit(filters: AuditFilters, fileName: string): Promise<void> {
  return saveProtectedFile(`${API_BASE}/admin/audit${toQuery({ ...filters, format: 'csv' })}`, fileName);
}
