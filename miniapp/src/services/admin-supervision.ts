import { type ChaseResult, type SupervisionView } from '@onetrip/shared';
import { API_BASE } from '@/config';
import { saveProtectedFile } from '@/platform/save-file';
import { request, toQuery } from './request';

/** 效能监察 of the console. Only the `admin` subpackage imports this file; silent (the page shows errors). */

/** The dashboard's query: a department (none: all) and a period of days (none: this month). */
export interface SupervisionFilter {
  department?: string;
  from?: string;
  to?: string;
}

const query = (filter: SupervisionFilter) =>
  toQuery({ department: filter.department, from: filter.from, to: filter.to });

/** GET /admin/supervision — every department's lights, the red and yellow lists, the period's figures, the ratings. */
export function getSupervision(filter: SupervisionFilter): Promise<SupervisionView> {
  return request<SupervisionView>(`/admin/supervision${query(filter)}`, { silent: true });
}

/** POST /admin/supervision/cases/:id/chase — 催办: the case's staff and department heads are told. */
export function chaseCase(id: string, note: string): Promise<ChaseResult> {
  const body = note.trim() ? { note: note.trim() } : {};
  return request<ChaseResult>(`/admin/supervision/cases/${encodeURIComponent(id)}/chase`, {
    method: 'POST',
    body,
    silent: true,
  });
}

/** GET /admin/supervision/export.csv — the departments' figures and every red and yellow case, saved as a CSV. */
export function exportSupervision(filter: SupervisionFilter, fileName: string): Promise<void> {
  return saveProtectedFile(`${API_BASE}/admin/supervision/export.csv${query(filter)}`, fileName);
}
