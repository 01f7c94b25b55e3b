import { type AuthorizationList, type AuthorizationView } from '@onetrip/shared';
import { request, toQuery } from './request';

/**
 * 授权委托 as the resident sees it (API.md, Agents and authorizations). Reads are silent: the pages show
 * their own states (a 404 means the authorization does not name this resident). Bodiless POSTs send `{}`.
 */
const path = (id: string, rest = '') => `/authorizations/${encodeURIComponent(id)}${rest}`;

/** GET /authorizations/:id — the resident named in it, or its agent; anyone else gets 404. */
export function getAuthorization(id: string): Promise<AuthorizationView> {
  return request<AuthorizationView>(path(id), { silent: true });
}

/** POST /authorizations/:id/confirm — only the resident whose verified ID number is in it. */
export function confirmAuthorization(id: string): Promise<AuthorizationView> {
  return request<AuthorizationView>(path(id, '/confirm'), { method: 'POST', body: {}, silent: true });
}

/** POST /authorizations/:id/revoke — 撤销, also 不同意 for one still pending: the agent can no longer submit. */
export function revokeAuthorization(id: string): Promise<AuthorizationView> {
  return request<AuthorizationView>(path(id, '/revoke'), { method: 'POST', body: {}, silent: true });
}

/** GET /me/authorizations — every authorization naming the signed-in resident, newest first. */
export function listMyAuthorizations(page = 1, pageSize = 50): Promise<AuthorizationList> {
  return request<AuthorizationList>(`/me/authorizations${toQuery({ page, pageSize })}`, { silent: true });
}
