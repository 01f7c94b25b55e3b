import { type StaffApplicationView } from '@onetrip/shared';
import { type Page } from 'playwright-core';
import { api } from './api';
import { API_URL, H5_URL, MOCK_URL } from './env';
import { confirmPicker, typeInto, uploadMaterials } from './flows';
import { caseIdIn } from './session';
import { shown } from './staff';
import { eventually } from './wait';

/**
 * 居住证办理 of the demo catalog: window or express, with a 12 元 express fee (老年优待证 is sent free,
 * so it would not show the express fee being paid). 县公安局 receives, approves and issues it.
 */
export const RESIDENCE_PERMIT = {
  code: 'JUZHUZHENG',
  department: '县公安局',
  materials: ['id_card', 'photo', 'residence_proof', 'employment_proof'],
  expressFee: 1200,
} as const;

export interface Recipient {
  name: string;
  phone: string;
  region: [string, string, string];
  detail: string;
}

/**
 * A verified resident applies for 居住证 through the app and chooses express to a new address; ends on
 * the case page after 提交申请 (not yet paid). Returns the case id and its number.
 */
export async function applyForResidencePermitByExpress(
  page: Page,
  to: Recipient,
): Promise<{ caseId: string; number: string }> {
  await page.goto(`${H5_URL}/#/pages/guide/index?code=${RESIDENCE_PERMIT.code}`);
  await shown(page, '#guide-apply').click({ timeout: 15_000 });
  await page.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
  await page.locator('#apply-form').waitFor({ timeout: 15_000 });
  const caseId = caseIdIn(page);
  const home = page.locator('#input-homeRegion input');
  for (const [i, part] of ['河南省', '商丘市', '虞城县'].entries()) await home.nth(i).fill(part);
  await typeInto(page, '#field-residenceAddress', to.region.join('') + to.detail);
  await page.locator('#input-residenceSince').click();
  await confirmPicker(page);
  await page.locator('#save-status[data-status="saved"]').waitFor({ timeout: 10_000 });

  await uploadMaterials(page, caseId, RESIDENCE_PERMIT.materials);

  await page.goto(`${H5_URL}/#/apply/delivery/index?id=${caseId}`);
  await shown(page, '#delivery-express').click({ timeout: 15_000 });
  await shown(page, '#address-add').click({ timeout: 15_000 });
  await typeInto(page, '#address-name', to.name);
  await typeInto(page, '#address-phone', to.phone);
  const region = page.locator('#address-region input');
  for (const [i, part] of to.region.entries()) await region.nth(i).fill(part);
  await typeInto(page, '#address-detail', to.detail);
  await page.locator('#address-save').click();
  await page.locator('#delivery-express[data-checked="true"]').waitFor({ timeout: 15_000 });
  await page.locator('.radio-row--on[id^="address-"]').waitFor({ timeout: 15_000 });
  await page.locator('#fee-express').getByText('12.00').waitFor({ timeout: 15_000 });
  await page.locator('#delivery-next').click();
  await shown(page, '#submit-button').click({ timeout: 15_000 });
  await page.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
  const number =
    ((await shown(page, '#case-number').textContent({ timeout: 15_000 })) ?? '').match(/ZW\d{14}/)?.[0] ?? '';
  return { caseId, number };
}

/** One staff write of the contract, with the case version it is based on (`If-Match`). */
async function staffWrite(token: string, caseId: string, path: string, body: object): Promise<StaffApplicationView> {
  const url = `${API_URL}/staff/applications/${caseId}`;
  const view = (await (
    await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as StaffApplicationView;
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': String(view.version) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as StaffApplicationView;
}

/**
 * The window's part through the API: 受理 by `acceptorName`, 审批通过 of the one item and 出证 by
 * `staffName` — 受审分离 keeps whoever accepted a case from approving it. The case is then shipping.
 */
export async function acceptApproveIssue(
  acceptorName: string,
  staffName: string,
  caseId: string,
  certificateNo: string,
) {
  const acceptor = await api.login(acceptorName);
  await staffWrite(acceptor.accessToken, caseId, '/accept', {});
  const { accessToken } = await api.login(staffName);
  await staffWrite(accessToken, caseId, `/items/${RESIDENCE_PERMIT.code}/approve`, {});
  return staffWrite(accessToken, caseId, '/issue', { certificateNo });
}

/** A courier of `company` (one of GET /admin/config's), made the way makeStaff makes a clerk. */
export async function makeCourier(name: string, company: string): Promise<string> {
  const admin = await api.login('admin');
  const courier = await api.login(name);
  await api.setRoles(admin.accessToken, courier.user.id, { roles: ['resident', 'courier'], courierCompany: company });
  return name;
}

interface SmsRecord {
  phone: string;
  template: string;
  params: Record<string, string>;
  at: string;
}

/** Every text the SMS simulator has recorded for `phone`, oldest first. */
export async function textsTo(phone: string): Promise<SmsRecord[]> {
  const res = await fetch(`${MOCK_URL}/__mock/sms?phone=${phone}`);
  return ((await res.json()) as { items: SmsRecord[] }).items;
}

/** The receipt code of the case `number` as the recipient's phone got it (the outbox sends within seconds). */
export async function receiptCodeSentTo(phone: string, number: string): Promise<string> {
  const texts = await eventually(
    () => textsTo(phone),
    (items) => items.some((t) => t.template === 'receipt_code' && t.params.number === number),
    30_000,
  );
  const text = texts.filter((t) => t.template === 'receipt_code' && t.params.number === number).pop();
  return text?.params.code ?? '';
}
