import { z } from 'zod';
import { type TokenRegistry } from './tokens';
import { WX_ERRORS, type WechatError } from './errors';

/** What every WeChat route needs: the one app it simulates and its tokens. */
export interface WechatContext {
  appId: string;
  appSecret: string;
  tokens: TokenRegistry;
}

export interface WechatRouteOptions {
  wechat: WechatContext;
}

/** Parameters WeChat reads as text; a repeated or non-string one is malformed. */
export const optionalText = z.string().optional();

/** Missing → 41002/41004, wrong → 40013/40125, as WeChat checks them. */
export function checkAppCredentials(
  ctx: WechatContext,
  appid: string | undefined,
  secret: string | undefined,
): WechatError | null {
  if (!appid) return WX_ERRORS.appidMissing;
  if (!secret) return WX_ERRORS.appsecretMissing;
  if (appid !== ctx.appId) return WX_ERRORS.invalidAppid;
  if (secret !== ctx.appSecret) return WX_ERRORS.invalidAppsecret;
  return null;
}

export const AccessTokenQuery = z.object({ access_token: optionalText });

/** For endpoints called with `?access_token=`. */
export function checkAccessToken(ctx: WechatContext, query: unknown): WechatError | null {
  const parsed = AccessTokenQuery.safeParse(query);
  if (!parsed.success) return WX_ERRORS.invalidCredential;
  switch (ctx.tokens.check(parsed.data.access_token)) {
    case 'ok':
      return null;
    case 'missing':
      return WX_ERRORS.accessTokenMissing;
    case 'expired':
      return WX_ERRORS.accessTokenExpired;
    case 'unknown':
      return WX_ERRORS.invalidCredential;
  }
}
