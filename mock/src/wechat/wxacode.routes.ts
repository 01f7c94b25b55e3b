import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { WX_ERRORS, argumentInvalid } from './errors';
import { checkAccessToken, type WechatRouteOptions } from './context';
import { qrCodePng } from './qr-png';

const WxacodeBody = z.object({
  scene: z.unknown().optional(),
  page: z.string().optional(),
  check_path: z.boolean().optional(),
  env_version: z.enum(['release', 'trial', 'develop']).optional(),
  width: z.number().optional(),
  // Accepted for fidelity; a QR code has no colours or transparency to apply.
  auto_color: z.boolean().optional(),
  line_color: z.object({ r: z.unknown(), g: z.unknown(), b: z.unknown() }).optional(),
  is_hyaline: z.boolean().optional(),
});

/** WeChat allows up to 32 visible characters in `scene`. */
const SCENE = /^[\x21-\x7e]{1,32}$/;

/** WeChat silently clamps the width to 280..1280 (default 430). */
function clampWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width)) return 430;
  return Math.min(1280, Math.max(280, Math.round(width)));
}

/**
 * getUnlimitedQRCode. The real one draws a round wxacode; a plain QR code of
 * `scene` is enough for tests and lets anyone decode what was asked for.
 */
export const wxacodeRoutes: FastifyPluginAsync<WechatRouteOptions> = async (app, { wechat }) => {
  app.post('/wxa/getwxacodeunlimit', { config: { scenarios: ['wechat-busy'] } }, async (request, reply) => {
    const refused = checkAccessToken(wechat, request.query);
    if (refused) return refused;
    const body = WxacodeBody.safeParse(request.body);
    if (!body.success) {
      const field = body.error.issues[0]?.path[0];
      return typeof field === 'string' ? argumentInvalid(field) : WX_ERRORS.dataFormatError;
    }
    const { scene, page, width } = body.data;
    if (typeof scene !== 'string' || !SCENE.test(scene)) return WX_ERRORS.invalidScene;
    // Pages are given without a leading slash (`pages/index/index`).
    if (page !== undefined && (page === '' || page.startsWith('/'))) return WX_ERRORS.invalidPage;
    return reply.type('image/png').send(qrCodePng(scene, clampWidth(width)));
  });
};
