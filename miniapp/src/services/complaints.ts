import {
  type ComplaintAnswerBody,
  type ComplaintBody,
  type ComplaintList,
  type ComplaintRatingBody,
  type ComplaintStatus,
  type ComplaintView,
  type Light,
  type SupervisionComplaintView,
} from '@onetrip/shared';
import { request, toQuery } from './request';

/** 投诉建议: the resident's filing, list, detail and rating; the console's queue and answer. Silent: pages say why. */

/** POST /complaints — 429 after 5 a day, 404 for a case or window that is not there (or not the caller's). */
export function fileComplaint(body: ComplaintBody): Promise<ComplaintView> {
  return request<ComplaintView>('/complaints', { method: 'POST', body, silent: true });
}

/** GET /complaints — mine, latest first. */
export function listComplaints(page = 1, pageSize = 20): Promise<ComplaintList> {
  return request<ComplaintList>(`/complaints${toQuery({ page, pageSize })}`, { silent: true });
}

export function getComplaint(id: string): Promise<ComplaintView> {
  return request<ComplaintView>(`/complaints/${encodeURIComponent(id)}`, { silent: true });
}

/** POST /complaints/:id/rating — once per answer; 不满意 of a first answer sends it back for a second one. */
export function rateComplaint(id: string, body: ComplaintRatingBody): Promise<ComplaintView> {
  return request<ComplaintView>(`/complaints/${encodeURIComponent(id)}/rating`, { method: 'POST', body, silent: true });
}

/** GET /supervision/complaints — the admin's (or a department head's) queue of one status, due first. */
export function getComplaintQueue(
  filter: { status?: ComplaintStatus; light?: Light },
  page = 1,
): Promise<ComplaintList> {
  return request<ComplaintList>(
    `/supervision/complaints${toQuery({ status: filter.status, light: filter.light, page, pageSize: 50 })}`,
    { silent: true },
  );
}

/** GET /supervision/complaints/:id — one complaint for its answer (an audited read). */
export function getSupervisedComplaint(id: string): Promise<SupervisionComplaintView> {
  return request<SupervisionComplaintView>(`/supervision/complaints/${encodeURIComponent(id)}`, { silent: true });
}

/** POST /supervision/complaints/:id/answer with the version read (`If-Match`). */
export function answerComplaint(id: string, version: number, body: ComplaintAnswerBody): Promise<ComplaintView> {
  return request<ComplaintView>(`/supervision/complaints/${encodeURIComponent(id)}/answer`, {
    method: 'POST',
    body,
    ifMatch: version,
    silent: true,
  });
}
