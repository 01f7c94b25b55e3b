import Taro from '@tarojs/taro';
import { type Role, type TokenPair } from '@onetrip/shared';

/** The login session, kept in Taro storage (localStorage on H5). */
const KEYS = {
  access: 'onetrip.accessToken',
  refresh: 'onetrip.refreshToken',
  user: 'onetrip.user',
  activeRole: 'onetrip.activeRole',
} as const;

export type SessionUser = TokenPair['user'];

function read(key: string): string {
  const value: unknown = Taro.getStorageSync(key);
  return typeof value === 'string' ? value : '';
}

export function getAccessToken(): string {
  return read(KEYS.access);
}

export function getRefreshToken(): string {
  return read(KEYS.refresh);
}

export function isLoggedIn(): boolean {
  return getRefreshToken() !== '';
}

export function getSessionUser(): SessionUser | null {
  const raw = read(KEYS.user);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUser;
  } catch {
    return null;
  }
}

export function saveSession(pair: TokenPair): void {
  Taro.setStorageSync(KEYS.access, pair.accessToken);
  Taro.setStorageSync(KEYS.refresh, pair.refreshToken);
  Taro.setStorageSync(KEYS.user, JSON.stringify(pair.user));
}

export function clearSession(): void {
  for (const key of Object.values(KEYS)) Taro.removeStorageSync(key);
}

/** The role the user is acting in; staff/agent/courier areas read it when they exist. */
export function getActiveRole(): Role {
  return (read(KEYS.activeRole) || 'resident') as Role;
}

export function setActiveRole(role: Role): void {
  Taro.setStorageSync(KEYS.activeRole, role);
}

/**
 * Keeps the stored user's roles those of now (GET /me answers them): the admin may have granted or
 * removed one since login, and pages that read the session must not offer a role that is gone.
 */
export function updateSessionRoles(roles: Role[]): void {
  const user = getSessionUser();
  // Signed out, or an answer without roles (a stub or a proxy's page): nothing to keep in step.
  if (!user || !Array.isArray(roles)) return;
  Taro.setStorageSync(KEYS.user, JSON.stringify({ ...user, roles }));
  if (!roles.includes(getActiveRole())) setActiveRole('resident');
}
