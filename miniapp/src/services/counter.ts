import {
  type CounterAcceptBody,
  type CounterCaseBody,
  type CounterCaseList,
  type CounterCaseView,
  type CounterLookupResult,
  type CounterPatchBody,
  type CounterPerson,
  type CounterPersonBody,
  type CounterReceipt,
  type CounterRefuseBody,
  type ReceiptSmsResult,
  type UploadSlot,
} from '@onetrip/shared';
import { API_BASE } from '@/config';
import { request } from './request';

/**
 * 柜台受理 (docs/decisions.md, "The hall"): a clerk of a comprehensive or department window finds or
 * registers a walk-in, starts one case for them, fills it, scans the papers, checks the originals and
 * accepts it or refuses the intake with a one-time notice. Only the `staff` subpackage imports this
 * file. ID numbers travel in request bodies only, never in a URL (logs and proxies keep URLs). The
 * calls are silent: the counter pages show what went wrong where it happened.
 */
const casePath = (id: string, rest = '') => `/counter/cases/${encodeURIComponent(id)}${rest}`;

/** POST /counter/persons/lookup — `person: null` when nobody with that ID number is known yet. */
export function lookupPerson(idNumber: string): Promise<CounterLookupResult> {
  return request<CounterLookupResult>('/counter/persons/lookup', {
    method: 'POST',
    body: { idNumber },
    silent: true,
  });
}

/** POST /counter/persons — registers the person (or updates name and phone); the real-name service checks the name. */
export function registerPerson(body: CounterPersonBody): Promise<CounterPerson> {
  return request<CounterPerson>('/counter/persons', { method: 'POST', body, silent: true });
}

/** GET /counter/persons/:id/cases — the person's counter cases this clerk may go on with. */
export function listPersonCases(personId: string): Promise<CounterCaseList> {
  return request<CounterCaseList>(`/counter/persons/${encodeURIComponent(personId)}/cases`, { silent: true });
}

/** POST /counter/cases — one or several items (一次办多事) or a chain, as a draft prefilled from the person. */
export function startCounterCase(body: CounterCaseBody): Promise<CounterCaseView> {
  return request<CounterCaseView>('/counter/cases', { method: 'POST', body, silent: true });
}

/** GET /counter/cases/:id (audited: the clerk sees the person's data). */
export function getCounterCase(id: string): Promise<CounterCaseView> {
  return request<CounterCaseView>(casePath(id), { silent: true });
}

/** PATCH /counter/cases/:id — form values and/or the delivery. */
export function patchCounterCase(id: string, version: number, body: CounterPatchBody): Promise<CounterCaseView> {
  return request<CounterCaseView>(casePath(id), { method: 'PATCH', body, ifMatch: version, silent: true });
}

/** PUT /counter/cases/:id/materials/:code — the files scanned for one material (posted to /uploads first). */
export function putCounterMaterial(
  id: string,
  version: number,
  materialCode: string,
  uploadIds: string[],
  uploadSlots?: UploadSlot[],
): Promise<CounterCaseView> {
  return request<CounterCaseView>(casePath(id, `/materials/${encodeURIComponent(materialCode)}`), {
    method: 'PUT',
    body: uploadSlots ? { uploadIds, uploadSlots } : { uploadIds },
    ifMatch: version,
    silent: true,
  });
}

/** PUT /counter/cases/:id/materials/:code/original — 原件核验: the clerk saw the original (or takes it back). */
export function checkOriginal(id: string, version: number, materialCode: string, checked: boolean) {
  return request<CounterCaseView>(casePath(id, `/materials/${encodeURIComponent(materialCode)}/original`), {
    method: 'PUT',
    body: { checked },
    ifMatch: version,
    silent: true,
  });
}

/** POST /counter/cases/:id/accept — submitted and accepted at once; `gaps` for 容缺受理, 422 INCOMPLETE else. */
export function acceptCounterCase(
  id: string,
  version: number,
  body: NonNullable<CounterAcceptBody> = {},
): Promise<CounterCaseView> {
  return request<CounterCaseView>(casePath(id, '/accept'), { method: 'POST', body, ifMatch: version, silent: true });
}

/** POST /counter/cases/:id/refuse — 不予受理 with a one-time notice of everything missing plus the clerk's problems. */
export function refuseIntake(
  id: string,
  version: number,
  body: NonNullable<CounterRefuseBody> = {},
): Promise<CounterCaseView> {
  return request<CounterCaseView>(casePath(id, '/refuse'), { method: 'POST', body, ifMatch: version, silent: true });
}

/** GET /counter/cases/:id/receipt — the 受理回执, or the latest 一次性告知书 of a refused intake, as text. */
export function getReceipt(id: string): Promise<CounterReceipt> {
  return request<CounterReceipt>(casePath(id, '/receipt'), { silent: true });
}

/** The receipt as a PDF: it needs the clerk's token, so it is fetched with it, never opened as a plain link. */
export const receiptPdfUrl = (id: string) => `${API_BASE}${casePath(id, '/receipt.pdf')}`;

/** POST /counter/cases/:id/receipt/sms — texts the number and a link to the PDF to the person's phone. */
export function sendReceiptSms(id: string): Promise<ReceiptSmsResult> {
  return request<ReceiptSmsResult>(casePath(id, '/receipt/sms'), { method: 'POST', silent: true });
}
