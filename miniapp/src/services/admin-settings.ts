import { type CentreContact, type HallConfig } from '@onetrip/shared';
import { isApiError } from './api-error';
import { request } from './request';

/**
 * 中心设置 of the console: the centre's name, address and phone (on receipts, posters and texts) and
 * 受审分离. Only the `admin` subpackage imports this file. Silent: the page shows errors beside its fields.
 */

/** GET /admin/config/centre; null while the centre has never been set (404). */
export async function getCentreContact(): Promise<CentreContact | null> {
  try {
    return await request<CentreContact>('/admin/config/centre', { silent: true });
  } catch (e) {
    if (isApiError(e) && e.status === 404) return null;
    throw e;
  }
}

/** PUT /admin/config/centre */
export function saveCentreContact(body: CentreContact): Promise<CentreContact> {
  return request<CentreContact>('/admin/config/centre', { method: 'PUT', body, silent: true });
}

/** PUT /admin/config/hall: 受审分离 on or off. */
export function saveHallConfig(body: HallConfig): Promise<HallConfig> {
  return request<HallConfig>('/admin/config/hall', { method: 'PUT', body, silent: true });
}
