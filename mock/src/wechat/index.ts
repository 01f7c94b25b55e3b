import { type FastifyError, type FastifyPluginAsync } from 'fastify';
import { WX_ERRORS } from './errors';
import { TokenRegistry } from './tokens';
import { type WechatContext } from './context';
import { tokenRoutes } from './token.routes';
import { loginRoutes } from './login.routes';
import { oauthRoutes } from './oauth.routes';
import { phoneRoutes } from './phone.routes';
import { subscribeRoutes } from './subscribe.routes';
import { wxacodeRoutes } from './wxacode.routes';

export interface WechatSimulatorOptions {
  appId: string;
  appSecret: string;
}

/** Parses a body as JSON whatever its content type, as WeChat's servers do. */
function parseJsonBody(_request: unknown, body: string, done: (err: Error | null, body?: unknown) => void): void {
  if (body.trim() === '') return done(null, undefined);
  try {
    done(null, JSON.parse(body));
  } catch {
    done(Object.assign(new Error('data format error'), { statusCode: 400 }));
  }
}

/**
 * WeChat (mini-program and official-account web) APIs. Not wrapped in
 * fastify-plugin on purpose: its body parser, hook and error handler must
 * stay inside WeChat's routes.
 */
export const wechatSimulator: FastifyPluginAsync<WechatSimulatorOptions> = async (app, opts) => {
  const wechat: WechatContext = { appId: opts.appId, appSecret: opts.appSecret, tokens: new TokenRegistry() };

  // undici's fetch sends a string body as text/plain; WeChat does not care.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, parseJsonBody);

  // `wechat-busy` comes before any check: the platform itself is failing.
  app.addHook('preHandler', async (request, reply) => {
    if (request.scenario === 'wechat-busy') return reply.send(WX_ERRORS.systemError);
  });

  // WeChat answers everything with HTTP 200 and an errcode, never a stack.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'wechat simulator failed');
    return reply.code(200).send(status < 500 ? WX_ERRORS.dataFormatError : WX_ERRORS.systemError);
  });

  for (const routes of [tokenRoutes, loginRoutes, oauthRoutes, phoneRoutes, subscribeRoutes, wxacodeRoutes]) {
    await app.register(routes, { wechat });
  }
};
