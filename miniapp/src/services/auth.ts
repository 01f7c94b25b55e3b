import {
  type AddressBody,
  type AddressView,
  type MeResponse,
  type Platform,
  type ProfileBody,
  type ProfileView,
  type TokenPair,
} from '@onetrip/shared';
import { request } from './request';
import { clearSession, getRefreshToken, saveSession, updateSessionRoles } from './session';

/** POST /auth/wechat: exchanges a WeChat code for a session and stores it. A bad code → 401 ApiError. */
export async function login(code: string, platform: Platform): Promise<TokenPair> {
  const pair = await request<TokenPair>('/auth/wechat', { method: 'POST', body: { code, platform }, noRefresh: true });
  saveSession(pair);
  return pair;
}

/** POST /auth/refresh, explicitly (request.ts refreshes on its own when a call gets 401). */
export async function refresh(): Promise<TokenPair> {
  const pair = await request<TokenPair>('/auth/refresh', {
    method: 'POST',
    body: { refreshToken: getRefreshToken() },
    noRefresh: true,
    silent: true,
  });
  saveSession(pair);
  return pair;
}

/** POST /auth/logout; the local session is cleared even if the server cannot be reached. */
export async function logout(): Promise<void> {
  try {
    // The contract takes no body: the server finds the refresh token family from the access token.
    await request<void>('/auth/logout', { method: 'POST', silent: true, noRefresh: true });
  } catch {
    // The refresh token dies with the session on this device either way.
  } finally {
    clearSession();
  }
}

/** GET /me; the roles it answers replace the stored ones (they may have changed since login). */
export async function getMe(options: { silent?: boolean } = {}): Promise<MeResponse> {
  const me = await request<MeResponse>('/me', options);
  updateSessionRoles(me.roles);
  return me;
}

/** PUT /me/profile: real-name verification; `phoneCode` comes from the platform phone file. */
export function saveProfile(body: ProfileBody): Promise<ProfileView> {
  return request<ProfileView>('/me/profile', { method: 'PUT', body });
}

export function listAddresses(): Promise<{ items: AddressView[] }> {
  return request<{ items: AddressView[] }>('/me/addresses');
}

export function addAddress(body: AddressBody): Promise<AddressView> {
  return request<AddressView>('/me/addresses', { method: 'POST', body });
}
