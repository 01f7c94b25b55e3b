import { type FastifyBaseLogger } from 'fastify';
import { type Config } from '../../config';

type WechatConfig = Pick<Config, 'WECHAT_API_BASE' | 'WECHAT_APP_ID' | 'WECHAT_APP_SECRET'>;

const TIMEOUT_MS = 3_000;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The mini-program page that opens a scanned token (`scene`). */
export const QR_PAGE = 'pages/qr/index';

async function accessToken(config: WechatConfig, base: string): Promise<string> {
  const query = new URLSearchParams({ grant_type: 'client_credential', appid: config.WECHAT_APP_ID, secret: config.WECHAT_APP_SECRET });
  const res = await fetch(`${base}/cgi-bin/token?${query}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = (await res.json()) as { access_token?: unknown; errcode?: unknown };
  if (typeof body.access_token !== 'string') throw new Error(`cgi-bin/token answered errcode ${String(body.errcode)}`);
  return body.access_token;
}

/**
 * A mini-program code (wxacode) opening QR_PAGE with `scene` as a PNG data
 * URL, or undefined when WeChat is unreachable or refuses (logged as a
 * warning: the plain QR code still works, so this never fails a request).
 */
export async function fetchWxacode(config: WechatConfig, scene: string, log: FastifyBaseLogger): Promise<string | undefined> {
  const base = config.WECHAT_API_BASE.replace(/\/+$/, '');
  try {
    const token = await accessToken(config, base);
    const res = await fetch(`${base}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scene, page: QR_PAGE, check_path: false, env_version: 'develop' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.ok && bytes.subarray(0, 8).equals(PNG_MAGIC)) return `data:image/png;base64,${bytes.toString('base64')}`;
    // WeChat answers errors as JSON with HTTP 200.
    const errcode = (JSON.parse(bytes.toString('utf8') || '{}') as { errcode?: unknown }).errcode;
    log.warn({ action: 'qrcode.wxacode', status: res.status, errcode }, 'wxacode refused; returning the QR code without it');
  } catch (err) {
    log.warn({ action: 'qrcode.wxacode', reason: (err as Error).message }, 'wxacode unavailable; returning the QR code without it');
  }
  return undefined;
}
