import {
  type ApplicationView,
  type ItemGuide,
  type ItemList,
  type MeResponse,
  type QrCreated,
  type RolesBody,
  type TokenPair,
} from '@onetrip/shared';
import { API_URL } from './env';

/** Calls the BFF the way any client would (the contract, nothing internal). */
export async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A write with If-Match, as the app sends it; returns the answer's body. */
export async function write<T>(
  method: string,
  path: string,
  version: number,
  body: unknown,
  token: string,
): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': String(version) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const api = {
  login: (name: string) => call<TokenPair>('POST', '/auth/wechat', { code: `test_${name}`, platform: 'h5' }),
  findItem: async (q: string) => {
    const list = await call<ItemList>('GET', `/items?q=${encodeURIComponent(q)}`);
    const first = list.items[0];
    if (!first) throw new Error(`no item matches ${q}`);
    return call<ItemGuide>('GET', `/items/${first.code}`);
  },
  createQr: (token: string, kind: 'item' | 'chain', target: string) =>
    call<QrCreated>('POST', '/admin/qrcodes', { kind, target }, token),
  /** PUT /admin/users/:id/roles (admin): e.g. `{roles: ['resident', 'staff'], department}`. */
  setRoles: (token: string, userId: string, body: RolesBody) =>
    call<MeResponse>('PUT', `/admin/users/${userId}/roles`, body, token),
  getCase: (token: string, id: string) => call<ApplicationView>('GET', `/applications/${id}`, undefined, token),
};
