import { type FastifyPluginAsync, type FastifyReply } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { WX_ERRORS } from './errors';
import { checkAppCredentials, optionalText, type WechatContext, type WechatRouteOptions } from './context';
import { USER_NAME, identityOf, userFromLoginCode } from './codes';
import { isAllowedRedirectUri, withCodeAndState } from './redirect-uri';
import { renderAuthorizePage, renderErrorPage } from './oauth-page';

const AuthorizeQuery = z.object({
  appid: optionalText,
  redirect_uri: optionalText,
  response_type: optionalText,
  scope: optionalText,
  state: z.string().max(128).optional(),
  user: optionalText,
});
type AuthorizeQuery = z.infer<typeof AuthorizeQuery>;

const OAuthTokenQuery = z.object({
  appid: optionalText,
  secret: optionalText,
  code: optionalText,
  grant_type: optionalText,
});

interface AuthorizeRequest {
  appid: string;
  redirectUri: string;
  scope: string;
  state: string;
  user: string | undefined;
}

/** The checks WeChat makes before showing its page; a message means refuse. */
function readAuthorize(ctx: WechatContext, query: unknown): AuthorizeRequest | string {
  const parsed = AuthorizeQuery.safeParse(query);
  if (!parsed.success) return '参数错误';
  const q: AuthorizeQuery = parsed.data;
  if (q.appid !== ctx.appId) return 'appid 参数错误';
  if (!q.redirect_uri || !isAllowedRedirectUri(q.redirect_uri)) {
    return 'redirect_uri 参数错误：模拟器只回跳 127.0.0.1 或 localhost 上的 http(s) 地址';
  }
  if (q.response_type !== 'code') return 'response_type 参数错误';
  if (q.scope !== 'snsapi_base' && q.scope !== 'snsapi_userinfo') return 'scope 参数错误';
  return { appid: q.appid, redirectUri: q.redirect_uri, scope: q.scope, state: q.state ?? '', user: q.user };
}

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** Official-account web OAuth, used by the H5 build to log in. */
export const oauthRoutes: FastifyPluginAsync<WechatRouteOptions> = async (app, { wechat }) => {
  // The page is a browser's, not the BFF's: only `slow` applies to it.
  const pageConfig = { scenarios: [] } as const;

  app.get('/connect/oauth2/authorize', { config: pageConfig }, async (request, reply) => {
    const auth = readAuthorize(wechat, request.query);
    if (typeof auth === 'string') return sendHtml(reply, 400, renderErrorPage(auth));
    return sendHtml(reply, 200, renderAuthorizePage({ ...auth, user: auth.user ?? 'alice' }));
  });

  app.get('/connect/oauth2/authorize/confirm', { config: pageConfig }, async (request, reply) => {
    const auth = readAuthorize(wechat, request.query);
    if (typeof auth === 'string') return sendHtml(reply, 400, renderErrorPage(auth));
    const user = (auth.user ?? '').trim();
    if (!USER_NAME.test(user)) {
      const error = '用户名只能包含字母、数字和下划线，1 到 32 位';
      return sendHtml(reply, 400, renderAuthorizePage({ ...auth, user, error }));
    }
    return reply.redirect(withCodeAndState(auth.redirectUri, `test_${user}`, auth.state), 302);
  });

  const tokenConfig = { scenarios: ['wechat-busy', 'invalid-code'] } as const;
  app.get('/sns/oauth2/access_token', { config: tokenConfig }, async (request) => {
    const query = OAuthTokenQuery.safeParse(request.query);
    if (!query.success) return WX_ERRORS.dataFormatError;
    const { appid, secret, code, grant_type } = query.data;
    const refused = checkAppCredentials(wechat, appid, secret);
    if (refused) return refused;
    if (grant_type !== 'authorization_code') return WX_ERRORS.invalidGrantType;
    if (!code) return WX_ERRORS.codeMissing;
    const name = request.scenario === 'invalid-code' ? null : userFromLoginCode(code);
    if (name === null) return WX_ERRORS.invalidCode;
    // A web access token is the user's, not the app's: it opens no /cgi-bin API.
    return {
      access_token: randomBytes(48).toString('base64url'),
      expires_in: 7200,
      refresh_token: randomBytes(48).toString('base64url'),
      ...identityOf(name),
      scope: 'snsapi_base',
    };
  });
};
