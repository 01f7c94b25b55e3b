import { type ChainGuide, type ChainList, type ItemGuide, type ItemList, type QrTarget } from '@onetrip/shared';
import { API_BASE } from '@/config';
import { request, toQuery } from './request';

/** Page loads show their own error state, so catalog calls are silent by default. */
interface CallOptions {
  silent?: boolean;
}

export interface ItemFilter {
  q?: string;
  department?: string;
  trips?: 0 | 1;
  page?: number;
  pageSize?: number;
}

/** GET /items: `q` matches the name and its pinyin initials (ltyd → 老年优待证办理). */
export function listItems(filter: ItemFilter = {}, { silent = true }: CallOptions = {}): Promise<ItemList> {
  const query = toQuery({
    q: filter.q?.trim(),
    department: filter.department,
    trips: filter.trips,
    page: filter.page,
    pageSize: filter.pageSize,
  });
  return request<ItemList>(`/items${query}`, { silent });
}

export function getItem(code: string, { silent = true }: CallOptions = {}): Promise<ItemGuide> {
  return request<ItemGuide>(`/items/${encodeURIComponent(code)}`, { silent });
}

/** GET /chains: `q` matches the name like the items' search (the counter searches both at once). */
export function listChains(filter: { q?: string } = {}, { silent = true }: CallOptions = {}): Promise<ChainList> {
  return request<ChainList>(`/chains${toQuery({ q: filter.q?.trim() })}`, { silent });
}

export function getChain(code: string, { silent = true }: CallOptions = {}): Promise<ChainGuide> {
  return request<ChainGuide>(`/chains/${encodeURIComponent(code)}`, { silent });
}

/** GET /qr/:token → what the code points to; an unknown token is a 404 ApiError. */
export function resolveQr(token: string, { silent = true }: CallOptions = {}): Promise<QrTarget> {
  return request<QrTarget>(`/qr/${encodeURIComponent(token)}`, { silent });
}

/** GET /catalog-files/:id: a guide's 样表, 空白表格 or 结果样本, public (no login) and cached for good. */
export const catalogFileUrl = (id: string) => `${API_BASE}/catalog-files/${encodeURIComponent(id)}`;
