import { randomBytes } from 'node:crypto';
import { type FastifyBaseLogger } from 'fastify';
import { type Connection } from 'mongoose';
import { toDataURL } from 'qrcode';
import { CatalogCode, QrTokenParams, type QrCreateBody, type QrCreated, type QrTarget } from '@onetrip/shared';
import { type Config } from '../../config';
import { recordAudit } from '../audit';
import { CatalogErrors } from './catalog.errors';
import { chainModel } from './chain.model';
import { itemModel } from './item.model';
import { qrcodeModel } from './qrcode.model';
import { type QrTargets } from './qr-targets';
import { type WechatClient } from '../../plugins/app/wechat';
import { fetchWxacode } from './wxacode.client';
import { type WriteContext } from './write-context';
import { isDuplicateKey } from '../../lib/store';

/** 11 url-safe characters (64 random bits): short enough for a wxacode `scene`. */
const newToken = () => randomBytes(8).toString('base64url');

/** GET /qr/:token: what a scanned code opens. NOT_FOUND for an unknown or malformed token. */
export async function resolveQr(conn: Connection, token: string): Promise<QrTarget> {
  if (!QrTokenParams.shape.token.safeParse(token).success) throw CatalogErrors.qrNotFound();
  const found = await qrcodeModel(conn).findOne({ token }).lean();
  if (!found) throw CatalogErrors.qrNotFound();
  return { kind: found.kind as QrTarget['kind'], target: found.target };
}

/**
 * A new random token for `target` (also for other modules: authorizations,
 * shipments). `prefix` (e.g. `s-`) tells a person reading a printed token what
 * it is for; the token stays ≤ 32 characters. Retries on the rare token
 * collision; never fails otherwise.
 */
export async function createQrToken(
  conn: Connection,
  target: QrTarget,
  createdBy: string,
  prefix = '',
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const token = `${prefix}${newToken()}`;
    try {
      await qrcodeModel(conn).create({ token, ...target, createdBy });
      return token;
    } catch (err) {
      if (!isDuplicateKey(err) || attempt >= 4) throw err;
    }
  }
}

/**
 * A fixed token (demo seed): created when absent, pointed at `target` when it
 * points elsewhere. Returns whether anything was written.
 */
export async function ensureQrToken(conn: Connection, token: string, target: QrTarget): Promise<boolean> {
  const Qrcode = qrcodeModel(conn);
  const found = await Qrcode.findOne({ token }).lean();
  if (found?.kind === target.kind && found.target === target.target) return false;
  if (found) await Qrcode.updateOne({ token }, { $set: target });
  else await Qrcode.create({ token, ...target, createdBy: 'system' });
  return true;
}

async function checkTarget(conn: Connection, targets: QrTargets, { kind, target }: QrCreateBody): Promise<void> {
  // A window code names a window group (`zonghe`) or one of its windows (`zonghe:A03`): the hall knows them.
  if (kind === 'window') {
    if (!(await targets.exists(conn, { kind, target }))) throw CatalogErrors.unknownQrTarget(target);
    return;
  }
  if (kind !== 'item' && kind !== 'chain') throw CatalogErrors.qrKindNotCreatable(kind);
  const found =
    CatalogCode.safeParse(target).success &&
    (kind === 'item'
      ? await itemModel(conn).exists({ code: target })
      : await chainModel(conn).exists({ code: target }));
  if (!found) throw CatalogErrors.unknownQrTarget(target);
}

/**
 * POST /admin/qrcodes: a token for an existing item or chain, or a window
 * group or one of its windows (`zonghe`, `zonghe:A03`; `deps.targets` asks the
 * hall), with its H5 URL, a QR PNG of that URL and, when WeChat
 * answers, a mini-program code of the token. Audited as `qrcode.create`.
 * VALIDATION_FAILED for an unknown target or a kind its own flow creates
 * (authorization, shipment).
 */
export async function createAdminQr(
  deps: { conn: Connection; config: Config; wechat: WechatClient; log: FastifyBaseLogger; targets: QrTargets },
  body: QrCreateBody,
  context: Required<Pick<WriteContext, 'actor'>> & WriteContext,
): Promise<QrCreated> {
  await checkTarget(deps.conn, deps.targets, body);
  const token = await createQrToken(deps.conn, { kind: body.kind, target: body.target }, context.actor.userId);
  await recordAudit(deps.conn, {
    actor: context.actor,
    action: 'qrcode.create',
    target: token,
    requestId: context.requestId,
  });
  const url = `${deps.config.PUBLIC_H5_URL.replace(/\/+$/, '')}/q/${token}`;
  const [png, wxacode] = await Promise.all([toDataURL(url), fetchWxacode(deps.wechat, token, deps.log)]);
  return { token, url, png, ...(wxacode ? { wxacode } : {}) };
}
