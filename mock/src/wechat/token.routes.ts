import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { WX_ERRORS } from './errors';
import { checkAppCredentials, optionalText, type WechatRouteOptions } from './context';

const TokenQuery = z.object({ grant_type: optionalText, appid: optionalText, secret: optionalText });
const StableTokenBody = z.object({
  grant_type: optionalText,
  appid: optionalText,
  secret: optionalText,
  force_refresh: z.boolean().optional(),
});

/** The server-side access token (getAccessToken / getStableAccessToken). */
export const tokenRoutes: FastifyPluginAsync<WechatRouteOptions> = async (app, { wechat }) => {
  const config = { scenarios: ['wechat-busy'] } as const;

  app.get('/cgi-bin/token', { config }, async (request) => {
    const query = TokenQuery.safeParse(request.query);
    if (!query.success) return WX_ERRORS.dataFormatError;
    const { grant_type, appid, secret } = query.data;
    if (grant_type !== 'client_credential') return WX_ERRORS.invalidGrantType;
    return checkAppCredentials(wechat, appid, secret) ?? wechat.tokens.issue();
  });

  app.post('/cgi-bin/stable_token', { config }, async (request) => {
    const body = StableTokenBody.safeParse(request.body);
    if (!body.success) return WX_ERRORS.dataFormatError;
    const { grant_type, appid, secret, force_refresh } = body.data;
    if (grant_type !== 'client_credential') return WX_ERRORS.invalidGrantType;
    return checkAppCredentials(wechat, appid, secret) ?? wechat.tokens.issueStable(force_refresh ?? false);
  });
};
