import { type PosterKind, type QrCreated, type QrList } from '@onetrip/shared';
import { API_BASE } from '@/config';
import { openProtectedPdf } from '@/platform/open-pdf';
import { request, toQuery } from './request';

/** 二维码海报 of the console. Only the `admin` subpackage imports this file; silent (the page shows errors). */

/** POST /admin/qrcodes — a new code of an item, a chain or a window: its URL, QR PNG and (when WeChat answers) wxacode. */
export function createQrCode(kind: PosterKind, target: string): Promise<QrCreated> {
  return request<QrCreated>('/admin/qrcodes', { method: 'POST', body: { kind, target }, silent: true });
}

/** GET /admin/qrcodes — the codes of items, chains and windows, newest first. */
export function listQrCodes(filter: { kind?: PosterKind; page?: number; pageSize?: number }): Promise<QrList> {
  return request<QrList>(`/admin/qrcodes${toQuery({ ...filter })}`, { silent: true });
}

/** GET /admin/qrcodes/:token/poster.pdf — the A4 poster, opened to print (it needs the token: never a plain link). */
export function openPoster(token: string, title: string): Promise<void> {
  return openProtectedPdf(
    `${API_BASE}/admin/qrcodes/${encodeURIComponent(token)}/poster.pdf`,
    `二维码海报-${title || token}.pdf`,
  );
}
