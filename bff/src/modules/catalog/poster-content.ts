import { type Connection } from 'mongoose';
import { POSTER_KINDS, QrTokenParams, type PosterKind } from '@onetrip/shared';
import { type Config } from '../../config';
import { centreContact } from '../users';
import { CatalogErrors } from './catalog.errors';
import { qrUrlOf } from './qrcode-list.service';
import { qrcodeModel } from './qrcode.model';
import { qrTargetTitles, titleOf } from './qrcode-titles';

/** What one A4 poster says; `posterPdf` lays it out. */
export interface PosterContent {
  /** the centre's name (its contact as the counter's receipts print it) */
  centre: string;
  /** a window's hall */
  hall?: string;
  /** what kind of code it is, in a few words */
  kindLabel: string;
  /** the item's or chain's name, the window group (and window) */
  title: string;
  url: string;
  /** the two big lines under the code: how to scan, then what it opens */
  scan: string;
  purpose: string;
  /** the enquiry line: the window group's, else the centre's; absent when neither is set */
  phone?: string;
  token: string;
}

/** Printed when no admin has set the centre's name yet. */
const CENTRE_FALLBACK = '政务服务中心';

const WORDING: Record<PosterKind, { kindLabel: string; purpose: string }> = {
  item: { kindLabel: '办事指南', purpose: '查看办事指南、在线申请' },
  chain: { kindLabel: '一链办理', purpose: '查看一链办理指南、一次申请多个事项' },
  window: { kindLabel: '窗口取号', purpose: '取号排队，查看前面还有几人' },
};

const isPosterKind = (kind: string): kind is PosterKind => (POSTER_KINDS as readonly string[]).includes(kind);

/**
 * The poster of a code of an item, a chain or a window: the centre's name (and the window's hall),
 * what the code opens, its URL, and the enquiry line when one is known.
 * Outcomes: the content; 404 NOT_FOUND for an unknown token, a code of a case (authorization,
 * shipment: no poster), or a code whose target no longer exists.
 */
export async function posterContent(
  deps: { conn: Connection; config: Pick<Config, 'PUBLIC_H5_URL'> },
  token: string,
): Promise<PosterContent> {
  if (!QrTokenParams.shape.token.safeParse(token).success) throw CatalogErrors.qrNotFound();
  const code = await qrcodeModel(deps.conn).findOne({ token }).lean();
  if (!code || !isPosterKind(code.kind)) throw CatalogErrors.qrNotFound();
  const kind = code.kind;
  const [titles, centre] = await Promise.all([
    qrTargetTitles(deps.conn, [{ kind, target: code.target }]),
    centreContact(deps.conn),
  ]);
  const target = titleOf(titles, kind, code.target);
  if (!target) throw CatalogErrors.qrNotFound();
  const phone = target.phone ?? centre?.phone;
  return {
    centre: centre?.name ?? CENTRE_FALLBACK,
    ...(target.hall ? { hall: target.hall } : {}),
    kindLabel: WORDING[kind].kindLabel,
    title: target.title,
    url: qrUrlOf(deps.config, token),
    scan: '微信扫一扫',
    purpose: WORDING[kind].purpose,
    ...(phone ? { phone } : {}),
    token,
  };
}
