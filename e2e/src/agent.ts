import {
  idCheckChar,
  type AdminConfig,
  type ApplicationList,
  type ApplicationView,
  type Station,
  type UploadView,
} from '@onetrip/shared';
import { type Page } from 'playwright-core';
import { api, call } from './api';
import { snap } from './settle';
import { API_URL } from './env';
import { documentPng } from './files';
import { agreeIfAsked, typeInto } from './flows';

/** The demo catalog's 老年优待证 (县民政局, zero trips, express or window, free). */
export const LAONIAN = {
  code: 'LAONIAN-YOUDAIZHENG',
  department: '县民政局',
  requiredMaterials: ['id_card', 'household_register', 'photo'],
} as const;

/** A station of GET /admin/config, or a village of the county when the system knows none yet. */
export async function someStation(adminToken: string, index = 0): Promise<Station> {
  const config = await call<AdminConfig>('GET', '/admin/config', undefined, adminToken);
  return config.stations[index] ?? { town: '大店镇', village: index === 0 ? '东山村' : '西山村' };
}

/** A village agent of `station`: logged in once, then given the role by the admin. Returns the user id. */
export async function makeAgent(name: string, station: Station): Promise<string> {
  const admin = await api.login('admin');
  const agent = await api.login(name);
  await api.setRoles(admin.accessToken, agent.user.id, { roles: ['resident', 'agent'], station });
  return agent.user.id;
}

/** A valid ID number of someone born 1940–1960 (old enough for 老年优待证), fresh on every run. */
export function elderIdNumber(): string {
  const year = 1940 + Math.floor(Math.random() * 21);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const first17 = `371327${year}${month}${day}${seq}`;
  return first17 + idCheckChar(first17);
}

/** The same number with a wrong check character, as a slip of the finger would give. */
export function withWrongCheck(idNumber: string): string {
  const right = idNumber.slice(-1);
  return idNumber.slice(0, 17) + (right === '0' ? '1' : '0');
}

/** Fills 我的's real-name form with the given ID number (the resident an agent named) and submits it. */
export async function verifyRealNameWith(page: Page, name: string, idNumber: string, phone: string): Promise<void> {
  await page.locator('#realname-form').waitFor({ timeout: 15_000 });
  await typeInto(page, '#realname-name', name);
  await typeInto(page, '#realname-id', idNumber);
  await typeInto(page, '#phone-input', phone);
  await page.locator('#realname-submit').click();
  await agreeIfAsked(page, 'sensitive_id', page.locator('#profile-card'));
  await page.locator('#profile-card').waitFor({ timeout: 15_000 });
}

/** GET /applications?scope=agent with the agent's token. */
export const agentCases = (token: string) =>
  call<ApplicationList>('GET', '/applications?scope=agent&pageSize=50', undefined, token);

/** GET /applications/:id as it answers: the status code and the body (a 404 for someone else's case). */
export async function readCase(
  token: string,
  id: string,
): Promise<{ status: number; body: ApplicationView & { error?: { code: string } } }> {
  const res = await fetch(`${API_URL}/applications/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as ApplicationView & { error?: { code: string } } };
}

/** POST /uploads of a small PNG with `token`. */
export async function uploadPng(token: string, name: string): Promise<UploadView> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(documentPng())], { type: 'image/png' }), name);
  const res = await fetch(`${API_URL}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!res.ok) throw new Error(`POST /uploads → ${res.status} ${await res.text()}`);
  return (await res.json()) as UploadView;
}

/**
 * A version-guarded case write of the contract (PATCH, PUT materials, staff actions) with the version
 * `readPath` answers now. A 409 is tried again (up to three times): right after a step that sends a
 * message the notification worker holds the case for a moment (see conflict.ts).
 */
export async function guarded(
  token: string,
  readPath: string,
  method: string,
  path: string,
  body: unknown,
): Promise<ApplicationView> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await call<ApplicationView>('GET', readPath, undefined, token);
    const res = await fetch(`${API_URL}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'if-match': String(current.version),
      },
      body: JSON.stringify(body),
    });
    if (res.ok) return (await res.json()) as ApplicationView;
    if (res.status !== 409 || attempt >= 3) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * Everything of a 老年优待证 case but the authorization, through the API as the agent (the form,
 * the three materials, window pick-up): what the first journey did through the screens.
 */
export async function completeLaonianCase(token: string, caseId: string): Promise<void> {
  const own = `/applications/${caseId}`;
  await guarded(token, own, 'PATCH', own, { data: { homeAddress: '莒南县大店镇东山村 12 号' } });
  for (const code of LAONIAN.requiredMaterials) {
    const upload = await uploadPng(token, `${code}.png`);
    await guarded(token, own, 'PUT', `${own}/materials/${code}`, { uploadIds: [upload.id] });
  }
  await guarded(token, own, 'PATCH', own, { delivery: { method: 'window' } });
}

/** 受理 by a window clerk (the staff contract): POST /staff/applications/:id/accept with If-Match. */
export function acceptAsStaff(staffToken: string, caseId: string): Promise<ApplicationView> {
  return guarded(staffToken, `/staff/applications/${caseId}`, 'POST', `/staff/applications/${caseId}/accept`, {});
}

/** `snap` once Taro's H5 toast is gone too, so it does not cover what the screenshot is for. */
export async function settledShot(page: Page, name: string): Promise<string> {
  // A toast is raised just after what it reports shows on the page: give it the moment to appear first.
  await page.waitForTimeout(300);
  // (the toast's root has no box of its own, its parts are fixed: ask for its display instead)
  await page
    .waitForFunction(
      () => {
        const toast = document.querySelector('.taro__toast');
        return !toast || getComputedStyle(toast).display === 'none';
      },
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  return snap(page, name);
}
