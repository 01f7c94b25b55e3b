import Taro from '@tarojs/taro';
import {
  type AdminChainList,
  type AdminItemList,
  type AdminItemView,
  type CatalogEditor,
  type CatalogFileRef,
  type CatalogFileView,
  type ChainGuide,
  type ChainInput,
  type DraftProblem,
  type DraftSaved,
  type ItemGuide,
  type VersionList,
} from '@onetrip/shared';
import { API_BASE } from '@/config';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { authHeader, authorized, request, toQuery, type RawResponse } from './request';
import { type LocalFile } from './uploads';

// The console's catalog: items with their drafts and versions, chains, and the files a guide
// shows (样表, 空白表格, 结果样本). Every call is silent: the pages show what went wrong where it
// happened (under a field, on the list, in a notice).

export type { CatalogFileRef, CatalogFileView };
/** Who saved a draft or published a version. */
export type AdminActor = CatalogEditor;
/** One problem of a guide: where (`['materials', 2, 'code']`) and what. */
export type GuideProblem = DraftProblem;
export type AdminItemRow = AdminItemList['items'][number];
/** GET /admin/items/:code: what residents see now, and the draft being prepared (any object), if any. */
export type AdminItemRecord = AdminItemView;
export type AdminChainRow = AdminChainList['items'][number];
export type VersionRow = VersionList['items'][number];
export type { AdminChainList, AdminItemList, DraftSaved, VersionList };

/** GET …/versions/:version: `guide` is an item's snapshot or a chain's input. */
export interface VersionDetail<G> {
  version: number;
  at: string;
  by: CatalogEditor | null;
  guide: G;
}

export interface AdminListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

const path = (code: string) => encodeURIComponent(code);

export function listAdminItems(query: AdminListQuery = {}): Promise<AdminItemList> {
  const qs = toQuery({ q: query.q?.trim(), page: query.page, pageSize: query.pageSize });
  return request<AdminItemList>(`/admin/items${qs}`, { silent: true });
}

/** The largest page the API serves. */
export const MAX_PAGE_SIZE = 50;

/** Every item of the catalog, page after page (what a chain can be made of). */
export async function listAllAdminItems(): Promise<AdminItemRow[]> {
  const rows: AdminItemRow[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await listAdminItems({ page, pageSize: MAX_PAGE_SIZE });
    rows.push(...answer.items);
    if (answer.items.length === 0 || rows.length >= answer.total) return rows;
  }
}

export function getAdminItem(code: string): Promise<AdminItemRecord> {
  return request<AdminItemRecord>(`/admin/items/${path(code)}`, { silent: true });
}

/** Any state of the guide may be kept as a draft: its problems come back to be shown, not refused. */
export function saveItemDraft(code: string, guide: object): Promise<DraftSaved> {
  return request<DraftSaved>(`/admin/items/${path(code)}/draft`, { method: 'PUT', body: guide, silent: true });
}

export function discardItemDraft(code: string): Promise<void> {
  return request<void>(`/admin/items/${path(code)}/draft`, { method: 'DELETE', silent: true });
}

/**
 * Publishes the saved draft. `basedOn` is the published version the draft was edited from (0 for
 * an item never published): another admin's publish in between is a 409 VERSION_CONFLICT.
 */
export function publishItem(code: string, basedOn: number): Promise<ItemGuide> {
  return request<ItemGuide>(`/admin/items/${path(code)}/publish`, { method: 'POST', ifMatch: basedOn, silent: true });
}

export type CatalogKind = 'items' | 'chains';

export function listVersions(kind: CatalogKind, code: string): Promise<VersionList> {
  return request<VersionList>(`/admin/${kind}/${path(code)}/versions`, { silent: true });
}

export function getVersion<G>(kind: CatalogKind, code: string, version: number): Promise<VersionDetail<G>> {
  return request<VersionDetail<G>>(`/admin/${kind}/${path(code)}/versions/${version}`, { silent: true });
}

export function listAdminChains(query: AdminListQuery = {}): Promise<AdminChainList> {
  const qs = toQuery({ q: query.q?.trim(), page: query.page, pageSize: query.pageSize });
  return request<AdminChainList>(`/admin/chains${qs}`, { silent: true });
}

/** A chain as the editor starts from it: its latest version's input (the admin's own reading, never a cached one). */
export async function getChainForEdit(code: string): Promise<{ version: number; input: ChainInput }> {
  const { items } = await listVersions('chains', code);
  if (items.length === 0) throw new ApiError('NOT_FOUND', '未找到该一链办理事项', 404);
  const latest = Math.max(...items.map((v) => v.version));
  const detail = await getVersion<ChainInput>('chains', code, latest);
  return { version: detail.version, input: detail.guide };
}

/** Creates (`basedOn` 0: only if no chain has this code yet) or replaces a chain. */
export function putChain(code: string, input: ChainInput, basedOn: number): Promise<ChainGuide> {
  return request<ChainGuide>(`/admin/chains/${path(code)}`, {
    method: 'PUT',
    body: input,
    ifMatch: basedOn,
    silent: true,
  });
}

// The console's config is read through services/admin-users.ts and catalog file links through services/catalog.ts.
export { getAdminConfig } from './admin-users';
export { catalogFileUrl } from './catalog';

/** Taro.uploadFile gives the body as text on both targets. */
function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return data ? (JSON.parse(data) as unknown) : null;
  } catch {
    return data;
  }
}

/**
 * POST /admin/catalog-files (multipart, part `file`): an image of at least 200×200 px or a PDF,
 * at most 5 MB, checked by content on the server (413, 415, 400 with its reason).
 */
export function uploadCatalogFile(file: LocalFile): Promise<CatalogFileView> {
  const attempt = async (): Promise<RawResponse> => {
    try {
      const res = await Taro.uploadFile({
        url: `${API_BASE}/admin/catalog-files`,
        filePath: file.path,
        name: 'file',
        fileName: file.name,
        header: authHeader(),
        withCredentials: false,
      });
      return { statusCode: res.statusCode, data: parseBody(res.data) };
    } catch {
      throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
    }
  };
  return authorized<CatalogFileView>(attempt, { silent: true });
}
