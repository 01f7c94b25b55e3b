import { type FastifyInstance } from 'fastify';
import { type TokenPair, type WechatLoginBody } from '@onetrip/shared';
import { WechatCodeRejected, type WechatIdentity } from '../../plugins/app/wechat';
import { upsertWechatUser } from '../users';
import { AuthErrors } from './auth.errors';
import { startSession } from './sessions.service';

/**
 * Logs in with a WeChat code: mini-program `wx.login` code (weapp) or web
 * OAuth code (h5) → identity → find-or-create the user → a new session.
 *
 * Outcomes:
 * - a TokenPair (openids in ONETRIP_ADMIN_OPENIDS also get `admin`);
 * - 401 UNAUTHENTICATED (`AuthErrors.loginCodeRejected`): WeChat refused the code;
 * - 503 UPSTREAM_UNAVAILABLE: WeChat busy (-1) or unreachable — not the user's fault.
 */
export async function loginWithWechat(app: FastifyInstance, body: WechatLoginBody): Promise<TokenPair> {
  let identity: WechatIdentity;
  try {
    identity =
      body.platform === 'h5' ? await app.wechat.oauthIdentity(body.code) : await app.wechat.code2Session(body.code);
  } catch (err) {
    if (err instanceof WechatCodeRejected) throw AuthErrors.loginCodeRejected();
    throw err;
  }
  const user = await upsertWechatUser(app, { ...identity, platform: body.platform });
  return startSession(app, user, body.platform);
}
