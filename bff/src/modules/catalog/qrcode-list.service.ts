import mongoose, { type Connection } from 'mongoose';
import { POSTER_KINDS, type PosterKind, type QrList, type QrListQuery } from '@onetrip/shared';
import { type Config } from '../../config';
import { qrcodeModel } from './qrcode.model';
import { qrTargetTitles, titleOf } from './qrcode-titles';

/** What a code holds: the H5 address that opens its token (the mini-program's own code carries the token). */
export const qrUrlOf = (config: Pick<Config, 'PUBLIC_H5_URL'>, token: string) =>
  `${config.PUBLIC_H5_URL.replace(/\/+$/, '')}/q/${token}`;

interface QrFields {
  token: string;
  kind: PosterKind;
  target: string;
  createdAt: Date;
}

/**
 * `GET /admin/qrcodes?kind=&page=&pageSize=` (admin): the codes of items, chains and windows —
 * the seeded ones and those admins made — newest first, each with what it opens (`title`, absent
 * when the target is gone) and its URL. Codes of authorizations and shipments belong to their
 * cases and are never listed.
 */
export async function listQrCodes(
  deps: { conn: Connection; config: Pick<Config, 'PUBLIC_H5_URL'> },
  query: QrListQuery,
): Promise<QrList> {
  const filter = { kind: query.kind ?? mongoose.trusted({ $in: [...POSTER_KINDS] }) };
  const Qrcode = qrcodeModel(deps.conn);
  const [codes, total] = await Promise.all([
    Qrcode.find(filter, 'token kind target createdAt')
      .sort({ createdAt: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<QrFields[]>(),
    Qrcode.countDocuments(filter),
  ]);
  const titles = await qrTargetTitles(deps.conn, codes);
  return {
    items: codes.map((code) => {
      const title = titleOf(titles, code.kind, code.target)?.title;
      return {
        token: code.token,
        kind: code.kind,
        target: code.target,
        ...(title ? { title } : {}),
        url: qrUrlOf(deps.config, code.token),
        createdAt: code.createdAt.toISOString(),
      };
    }),
    total,
  };
}
