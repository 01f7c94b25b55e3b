import {
  type AdminConfig,
  type CourierCompanyList,
  type MeResponse,
  type Role,
  type RolesBody,
  type Station,
  type StationList,
  type UserSearchList,
} from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * 人员与角色 of the console (docs/decisions.md, "Console: people, calendar, posters, audit"): the
 * people search, a person's roles, and the centre's lists of agent stations and courier companies.
 * Only the `admin` subpackage imports this file. Silent: the pages show errors beside their fields.
 */

export interface UserSearch {
  q?: string;
  role?: Role;
  page?: number;
  pageSize?: number;
}

/** GET /admin/users — by name, masked or full phone, ID number or user id; numbers come back masked. */
export function searchUsers(search: UserSearch): Promise<UserSearchList> {
  const query = toQuery({ q: search.q?.trim(), role: search.role, page: search.page, pageSize: search.pageSize });
  return request<UserSearchList>(`/admin/users${query}`, { silent: true });
}

/** PUT /admin/users/:id/roles with the version the search showed (`If-Match`): a change meanwhile is 409. */
export function saveRoles(userId: string, version: number, body: RolesBody): Promise<MeResponse> {
  return request<MeResponse>(`/admin/users/${encodeURIComponent(userId)}/roles`, {
    method: 'PUT',
    body,
    ifMatch: version,
    silent: true,
  });
}

/** GET /admin/config — departments, courier companies and agent stations, and the hall settings. */
export function getAdminConfig(): Promise<AdminConfig> {
  return request<AdminConfig>('/admin/config', { silent: true });
}

/** PUT /admin/config/stations — the agent stations the centre keeps. */
export function saveStations(stations: Station[]): Promise<StationList> {
  return request<StationList>('/admin/config/stations', { method: 'PUT', body: { stations }, silent: true });
}

/** PUT /admin/config/courier-companies — the courier companies the centre works with. */
export function saveCourierCompanies(companies: string[]): Promise<CourierCompanyList> {
  return request<CourierCompanyList>('/admin/config/courier-companies', {
    method: 'PUT',
    body: { companies },
    silent: true,
  });
}
