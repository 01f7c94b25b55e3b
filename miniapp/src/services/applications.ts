import {
  type ApplicationList,
  type ApplicationView,
  type CaseStatus,
  type CreateApplicationBody,
  type PatchApplicationBody,
  type PaymentCreated,
  type ProgressView,
  type SubmitResult,
  type UploadSlot,
} from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * Cases (办件) of API.md. Bodiless POSTs send `{}`: the mini-program sends a JSON content type either way,
 * and an empty JSON body is a 400 on the server.
 * Writes that change a case send the version they were based on (`If-Match`);
 * submit and payments send an `Idempotency-Key` so a repeated tap gets the first answer.
 * Every write answers with the case as it now is, except submit (its number) and payments.
 */
interface CallOptions {
  silent?: boolean;
}

const path = (id: string, rest = '') => `/applications/${encodeURIComponent(id)}${rest}`;

/** A key of 8–64 safe characters; not a secret, only unique per user and attempt. */
export function newIdempotencyKey(): string {
  const random = () =>
    Math.floor(Math.random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
  return `${Date.now().toString(36)}-${random()}${random()}`;
}

/** POST /applications: a draft case for one item (`{items: [code]}`) or a chain (`{chain: code}`). */
export function createApplication(
  body: CreateApplicationBody,
  { silent = false }: CallOptions = {},
): Promise<ApplicationView> {
  return request<ApplicationView>('/applications', { method: 'POST', body, silent });
}

/** GET /applications/:id — someone else's case is a 404. Silent: pages show their own error state. */
export function getApplication(id: string, { silent = true }: CallOptions = {}): Promise<ApplicationView> {
  return request<ApplicationView>(path(id), { silent });
}

export interface CaseFilter {
  status?: CaseStatus;
  page?: number;
  pageSize?: number;
}

/** GET /applications?scope=mine: the resident's own cases, newest change first. */
export function listMyApplications(
  filter: CaseFilter = {},
  { silent = true }: CallOptions = {},
): Promise<ApplicationList> {
  const query = toQuery({ scope: 'mine', status: filter.status, page: filter.page, pageSize: filter.pageSize });
  return request<ApplicationList>(`/applications${query}`, { silent });
}

/** PATCH /applications/:id (`data` is merged into the stored data; `null` clears a value). */
export function patchApplication(
  id: string,
  version: number,
  body: PatchApplicationBody,
  { silent = true }: CallOptions = {},
): Promise<ApplicationView> {
  return request<ApplicationView>(path(id), { method: 'PATCH', body, ifMatch: version, silent });
}

/**
 * PUT /applications/:id/materials/:code: the material's files, in order (replaces the list), and for a
 * slotted material (人像面, 国徽面) the slot each fills.
 */
export function putMaterials(
  id: string,
  version: number,
  materialCode: string,
  uploadIds: string[],
  uploadSlots?: UploadSlot[],
  { silent = true }: CallOptions = {},
): Promise<ApplicationView> {
  return request<ApplicationView>(path(id, `/materials/${encodeURIComponent(materialCode)}`), {
    method: 'PUT',
    body: uploadSlots ? { uploadIds, uploadSlots } : { uploadIds },
    ifMatch: version,
    silent,
  });
}

/** POST /applications/:id/submit → the number. 422 INCOMPLETE lists every missing field and material. */
export function submitApplication(id: string, idempotencyKey: string): Promise<SubmitResult> {
  return request<SubmitResult>(path(id, '/submit'), { method: 'POST', body: {}, idempotencyKey, silent: true });
}

/** POST /applications/:id/resubmit: after a supplement notice has been answered → the case. */
export function resubmitApplication(id: string): Promise<ApplicationView> {
  return request<ApplicationView>(path(id, '/resubmit'), { method: 'POST', body: {}, silent: true });
}

/** POST /applications/:id/withdraw: allowed from draft, submitted and supplement_required → the case. */
export function withdrawApplication(id: string, reason?: string): Promise<ApplicationView> {
  return request<ApplicationView>(path(id, '/withdraw'), { method: 'POST', body: reason ? { reason } : {} });
}

/** POST /applications/:id/payments → what `wx.requestPayment` takes. Nothing to pay → 409 INVALID_STATE. */
export function createPayment(id: string, idempotencyKey: string): Promise<PaymentCreated> {
  return request<PaymentCreated>(path(id, '/payments'), { method: 'POST', idempotencyKey, body: {} });
}

/** GET /progress (public): a wrong number/phone pair is a 404. */
export function getProgress(number: string, phoneLast4: string): Promise<ProgressView> {
  return request<ProgressView>(`/progress${toQuery({ number, phoneLast4 })}`, { silent: true, noRefresh: true });
}
