import { type FastifyBaseLogger } from 'fastify';
import { type WechatClient } from '../../plugins/app/wechat';

/** The mini-program page that opens a scanned token (`scene`). */
export const QR_PAGE = 'pages/qr/index';

/**
 * A mini-program code (wxacode) opening QR_PAGE with `scene` as a PNG data
 * URL, or undefined when WeChat is unreachable or refuses (logged as a
 * warning: the plain QR code still works, so this never fails a request).
 * The WeChat client keeps the server access token cached.
 */
export async function fetchWxacode(
  wechat: WechatClient,
  scene: string,
  log: FastifyBaseLogger,
): Promise<string | undefined> {
  try {
    const outcome = await wechat.miniProgramCode({ scene, page: QR_PAGE });
    if (outcome.ok) return `data:image/png;base64,${outcome.png.toString('base64')}`;
    log.warn(
      { action: 'qrcode.wxacode', errcode: outcome.errcode },
      'wxacode refused; returning the QR code without it',
    );
  } catch (err) {
    log.warn(
      { action: 'qrcode.wxacode', reason: (err as Error).message },
      'wxacode unavailable; returning the QR code without it',
    );
  }
  return undefined;
}
