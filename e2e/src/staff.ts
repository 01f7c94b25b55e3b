import { type Locator, type Page } from 'playwright-core';
import { api } from './api';
import { H5_URL } from './env';

/**
 * A window clerk of `department`: the user is made by logging in once, then the admin (an openid in
 * ONETRIP_ADMIN_OPENIDS: `test_admin` logs in as one) gives the staff role. Returns the login name.
 */
export async function makeStaff(name: string, department: string): Promise<string> {
  const admin = await api.login('admin');
  const clerk = await api.login(name);
  await api.setRoles(admin.accessToken, clerk.user.id, { roles: ['resident', 'staff'], department });
  return name;
}

/** A comprehensive window clerk (综合窗口) of `hall`: accepts every department's cases, approves none. */
export async function makeFrontClerk(name: string, hall: string): Promise<string> {
  const admin = await api.login('admin');
  const clerk = await api.login(name);
  await api.setRoles(admin.accessToken, clerk.user.id, {
    roles: ['resident', 'staff'],
    staffKind: 'comprehensive',
    hall,
  });
  return name;
}

/** A results window clerk (统一出件) of `hall`: issues and hands over every department's approved cases. */
export async function makeResultsClerk(name: string, hall: string): Promise<string> {
  const admin = await api.login('admin');
  const clerk = await api.login(name);
  await api.setRoles(admin.accessToken, clerk.user.id, { roles: ['resident', 'staff'], staffKind: 'results', hall });
  return name;
}

/**
 * The element of the page on screen: the H5 router keeps the pages below in the stack in the document
 * (hidden), so an id such as `case-status` may be there more than once.
 */
export function shown(page: Page, selector: string): Locator {
  return page.locator(selector).filter({ visible: true });
}

/** From 我的 (where logging in ends) into 工作台 — the way a clerk opens it. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.goto(`${H5_URL}/#/pages/me/index`);
  await shown(page, '#staff-entry').click();
  await shown(page, '#staff-queue').waitFor({ timeout: 15_000 });
}

/** 工作台 → a stage's tab → the case's row → 办件审查. */
export async function openFromQueue(
  page: Page,
  stage: 'acceptance' | 'approval' | 'issuance' | 'followup' | 'pickup',
  caseId: string,
): Promise<void> {
  if (!page.url().includes('/staff/queue/index')) {
    await page.goto(`${H5_URL}/#/staff/queue/index`);
  }
  await shown(page, '#staff-queue').waitFor({ timeout: 15_000 });
  await shown(page, `#stage-${stage}`).click();
  await shown(page, `#queue-row-${caseId}`).click({ timeout: 15_000 });
  await shown(page, '#staff-case #case-status').waitFor({ timeout: 15_000 });
}

/** The status chip of the open staff case saying `label`. */
export function staffStatus(page: Page, label: string): Locator {
  return shown(page, '#staff-case #case-status').getByText(label, { exact: true });
}

/** The status chip of the open staff case, once it says `label`. */
export async function waitForStaffStatus(page: Page, label: string): Promise<void> {
  await staffStatus(page, label).waitFor({ timeout: 15_000 });
}
