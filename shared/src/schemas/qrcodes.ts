import { z } from 'zod';
import { PageQuery } from './common';

/** The kinds of code an admin makes and prints as a poster; authorization and shipment codes belong to their cases. */
export const POSTER_KINDS = ['item', 'chain', 'window'] as const;
export const PosterKind = z.enum(POSTER_KINDS);
export type PosterKind = z.infer<typeof PosterKind>;

export const POSTER_KIND_LABELS: Record<PosterKind, string> = { item: '事项', chain: '一链办理', window: '窗口' };

/** `GET /admin/qrcodes?kind=&page=&pageSize=`: the codes made for posters, newest first. */
export const QrListQuery = z.strictObject({ kind: PosterKind.optional(), ...PageQuery });
export type QrListQuery = z.infer<typeof QrListQuery>;

export const QrListItem = z.object({
  token: z.string(),
  kind: PosterKind,
  target: z.string(),
  /** the item's or chain's name, the window group's name (and window); absent when it no longer exists */
  title: z.string().optional(),
  /** what the code holds: `<PUBLIC_H5_URL>/q/<token>` */
  url: z.string(),
  createdAt: z.string(),
});
export type QrListItem = z.infer<typeof QrListItem>;

export const QrList = z.object({ items: z.array(QrListItem), total: z.number().int() });
export type QrList = z.infer<typeof QrList>;
