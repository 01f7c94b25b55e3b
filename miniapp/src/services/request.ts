import Taro from '@tarojs/taro';
import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode, type TokenPair } from '@onetrip/shared';
import { API_BASE } from '@/config';
import { toast } from '@/utils/toast';
import { ApiError, NETWORK_MESSAGE, UNKNOWN_MESSAGE } from './api-error';
import { toErrorDetails } from './error-details';
import {
  clearSession,
  getAccessToken,
  getActiveRole,
  getRefreshToken,
  getSessionUser,
  saveSession,
  setActiveRole,
} from './session';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  headers?: Record<string, string>;
  /** The case version a write is based on (`If-Match`); a stale one gives 409 VERSION_CONFLICT. */
  ifMatch?: number;
  /** Makes a write safe to repeat (`Idempotency-Key`): the same key gets the first answer. */
  idempotencyKey?: string;
  /** Do not show a toast on failure: the caller shows the error itself. */
  silent?: boolean;
  /** Do not refresh and retry on 401 (the auth calls themselves). */
  noRefresh?: boolean;
}

export const LOGIN_PAGE = '/pages/login/index';

export interface RawResponse {
  statusCode: number;
  data: unknown;
}

/** `Authorization` with the current access token, when there is one (uploads and downloads need it too). */
export function authHeader(): Record<string, string> {
  const token = getAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function send(path: string, options: RequestOptions): Promise<RawResponse> {
  const header: Record<string, string> = { ...options.headers, ...authHeader() };
  if (options.body !== undefined) header['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) header['If-Match'] = String(options.ifMatch);
  if (options.idempotencyKey) header['Idempotency-Key'] = options.idempotencyKey;
  try {
    const res = await Taro.request({
      url: `${API_BASE}${path}`,
      method: options.method ?? 'GET',
      data: options.body as TaroGeneral.IAnyObject | undefined,
      header,
      dataType: 'json',
    });
    return { statusCode: res.statusCode, data: res.data };
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
  }
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERROR_STATUS;
}

/** Turns a non-2xx answer into an ApiError, trusting the body only when it has the contract's shape. */
export function toApiError(res: RawResponse): ApiError {
  const body = res.data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null;
  const error = body && typeof body === 'object' ? body.error : undefined;
  if (error && isErrorCode(error.code)) {
    const message = typeof error.message === 'string' && error.message ? error.message : ERROR_MESSAGES[error.code];
    return new ApiError(error.code, message, res.statusCode, toErrorDetails(error.details));
  }
  if (res.statusCode === 401) return new ApiError('UNAUTHENTICATED', ERROR_MESSAGES.UNAUTHENTICATED, 401);
  return new ApiError('UNKNOWN', UNKNOWN_MESSAGE, res.statusCode);
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time: concurrent 401s wait for the same POST /auth/refresh. */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    refreshing = doRefresh().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

async function doRefresh(): Promise<boolean> {
  const refreshToken = getRefreshToken();
  if (!refreshToken) return false;
  try {
    const res = await send('/auth/refresh', { method: 'POST', body: { refreshToken } });
    if (res.statusCode !== 200) return false;
    saveSession(res.data as TokenPair);
    return true;
  } catch {
    return false;
  }
}

/** Said when a 403 came after the admin changed the person's roles: 我的 shows what they may do now. */
export const ROLES_CHANGED_MESSAGE = '您的身份已变更，请在「我的」查看当前身份';
export const ME_PAGE = '/pages/me/index';

const rolesKey = () => [...(getSessionUser()?.roles ?? [])].sort().join(',');

/**
 * A 403 may mean the admin changed the person's roles since this device last looked (the BFF
 * authorises with the roles of now). Reloads them with a refresh: when they changed, the call is
 * tried once more (a 403 is answered before anything is written), and a role that is gone is no
 * longer the one acted in. Returns whether the roles changed.
 */
async function reloadRoles(): Promise<boolean> {
  const before = rolesKey();
  if (!(await refreshSession()) || rolesKey() === before) return false;
  const roles = getSessionUser()?.roles ?? [];
  if (!roles.includes(getActiveRole())) setActiveRole('resident');
  return true;
}

function sendToLogin(): void {
  clearSession();
  void Taro.navigateTo({ url: LOGIN_PAGE }).catch(() => undefined);
}

/**
 * The one Taro.request wrapper. Resolves with the body of a 2xx answer (undefined for 204).
 * Fails with an ApiError: the contract's error body, `NETWORK` when no answer came, or
 * `UNAUTHENTICATED` after a refresh failed (the session is then cleared and the login page opened),
 * or `FORBIDDEN` (after a 403 whose refresh showed changed roles: ROLES_CHANGED_MESSAGE, 我的 opened).
 * Shows the message as a toast unless `silent`.
 */
export function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return authorized<T>(() => send(path, options), options);
}

/**
 * The session and error handling of `request` around any call that reaches the API
 * (`Taro.uploadFile` too): `attempt` runs again once after a successful refresh on 401,
 * so it must read the token anew (`authHeader()`) each time.
 */
export async function authorized<T>(
  attempt: () => Promise<RawResponse>,
  options: Pick<RequestOptions, 'silent' | 'noRefresh'> = {},
): Promise<T> {
  try {
    let res = await attempt();
    if (res.statusCode === 401 && !options.noRefresh && getRefreshToken()) {
      if (await refreshSession()) {
        res = await attempt();
      } else {
        sendToLogin();
        throw new ApiError('UNAUTHENTICATED', '登录已过期，请重新登录', 401);
      }
    }
    if (res.statusCode === 403 && !options.noRefresh && getRefreshToken() && (await reloadRoles())) {
      res = await attempt();
      if (res.statusCode === 403) {
        void Taro.switchTab({ url: ME_PAGE }).catch(() => undefined);
        throw new ApiError('FORBIDDEN', ROLES_CHANGED_MESSAGE, 403);
      }
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T;
    throw toApiError(res);
  } catch (error) {
    if (!options.silent && error instanceof ApiError) {
      toast(error.message);
    }
    throw error;
  }
}

/** Query string of the defined, non-empty values, in the order given. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
