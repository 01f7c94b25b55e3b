import { type ApplicationView, type SignCommitmentBody } from '@onetrip/shared';
import { request } from './request';

/** 容缺受理 / 告知承诺 (docs/decisions.md): signing the case's 承诺书, and taking it back. */
const commitmentPath = (id: string) => `/applications/${encodeURIComponent(id)}/commitment`;

/** PUT /applications/:id/commitment (If-Match): the applicant signs in the app; an agent sends the signed paper. */
export function signCommitment(id: string, version: number, body: SignCommitmentBody): Promise<ApplicationView> {
  return request<ApplicationView>(commitmentPath(id), { method: 'PUT', body, ifMatch: version, silent: true });
}

/** DELETE /applications/:id/commitment (If-Match): the gaps are asked for again. */
export function withdrawCommitment(id: string, version: number): Promise<ApplicationView> {
  return request<ApplicationView>(commitmentPath(id), { method: 'DELETE', ifMatch: version, silent: true });
}
