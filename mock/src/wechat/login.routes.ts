import { type FastifyPluginAsync } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { WX_ERRORS } from './errors';
import { checkAppCredentials, optionalText, type WechatRouteOptions } from './context';
import { identityOf, userFromLoginCode } from './codes';

const Jscode2SessionQuery = z.object({
  appid: optionalText,
  secret: optionalText,
  js_code: optionalText,
  grant_type: optionalText,
});

/** Mini-program login: code2Session. */
export const loginRoutes: FastifyPluginAsync<WechatRouteOptions> = async (app, { wechat }) => {
  app.get('/sns/jscode2session', { config: { scenarios: ['wechat-busy', 'invalid-code'] } }, async (request) => {
    const query = Jscode2SessionQuery.safeParse(request.query);
    if (!query.success) return WX_ERRORS.dataFormatError;
    const { appid, secret, js_code, grant_type } = query.data;
    const refused = checkAppCredentials(wechat, appid, secret);
    if (refused) return refused;
    if (grant_type !== 'authorization_code') return WX_ERRORS.invalidGrantType;
    if (!js_code) return WX_ERRORS.codeMissing;
    const name = request.scenario === 'invalid-code' ? null : userFromLoginCode(js_code);
    if (name === null) return WX_ERRORS.invalidCode;
    // 16 random bytes → 24 base64 characters, the length WeChat's keys have.
    return { ...identityOf(name), session_key: randomBytes(16).toString('base64') };
  });
};
