import { type ApplicationView, type LicenceList } from '@onetrip/shared';
import { request } from './request';

/** 电子证照 (docs/decisions.md): the signed-in person's licences, and using one for a case's material. */

/** GET /licences: the signed-in person's own electronic licences, latest first. Silent: the choice just stays empty. */
export function listLicences(): Promise<LicenceList> {
  return request<LicenceList>('/licences', { silent: true });
}

const licencePath = (id: string, code: string) =>
  `/applications/${encodeURIComponent(id)}/materials/${encodeURIComponent(code)}/licence`;

/** PUT /applications/:id/materials/:code/licence (If-Match): the licence stands for the material. */
export function attachLicence(id: string, version: number, code: string, licenceId: string): Promise<ApplicationView> {
  return request<ApplicationView>(licencePath(id, code), {
    method: 'PUT',
    body: { licenceId },
    ifMatch: version,
    silent: true,
  });
}

/** DELETE /applications/:id/materials/:code/licence (If-Match): the material no longer uses a licence. */
export function detachLicence(id: string, version: number, code: string): Promise<ApplicationView> {
  return request<ApplicationView>(licencePath(id, code), { method: 'DELETE', ifMatch: version, silent: true });
}
