import {
  DELETION_CONFIRMATION,
  consentVersion,
  type ConsentPurpose,
  type ConsentState,
  type DeletionResult,
  type LegalDocumentView,
  type LegalKind,
  type PersonalDataSummary,
} from '@onetrip/shared';
import { API_BASE } from '@/config';
import { saveProtectedFile } from '@/platform/save-file';
import { request } from './request';

/** GET /legal/:kind: a legal text in force, with the centre to contact (public). */
export function getLegal(kind: LegalKind): Promise<LegalDocumentView> {
  return request<LegalDocumentView>(`/legal/${kind}`);
}

/** GET /me/consents: what the person agreed to, and what must still be asked. */
export function getConsents(options: { silent?: boolean } = {}): Promise<ConsentState> {
  return request<ConsentState>('/me/consents', options);
}

/** POST /me/consents: agrees to `purpose`'s texts as in force (the version this app carries). */
export function agreeConsent(purpose: ConsentPurpose): Promise<ConsentState> {
  return request<ConsentState>('/me/consents', { method: 'POST', body: { purpose, version: consentVersion(purpose) } });
}

/** DELETE /me/consents/:purpose (撤回同意). */
export function withdrawConsent(purpose: ConsentPurpose): Promise<ConsentState> {
  return request<ConsentState>(`/me/consents/${purpose}`, { method: 'DELETE' });
}

/** GET /me/data: what is held about the signed-in person. */
export function getPersonalData(): Promise<PersonalDataSummary> {
  return request<PersonalDataSummary>('/me/data');
}

/** GET /me/export, saved as a file (a download on H5, forwarded to a chat in the mini-program). */
export function exportPersonalData(now = new Date()): Promise<void> {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return saveProtectedFile(`${API_BASE}/me/export`, `onetrip-my-data-${day}.json`);
}

/** POST /me/deletion: 注销账号, after the person confirmed on screen. */
export function deleteAccount(): Promise<DeletionResult> {
  return request<DeletionResult>('/me/deletion', {
    method: 'POST',
    body: { confirm: DELETION_CONFIRMATION },
    silent: true,
  });
}
