import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { DEFAULT_APP_ID, DEFAULT_APP_SECRET } from './config';
import { mockCore } from './core/mock-core.plugin';
import { adminRoutes } from './core/admin.routes';
import { wechatSimulator } from './wechat';
import { smsSimulator } from './sms';
import { realnameSimulator } from './realname';
import { wechatPaySimulator } from './wechatpay';
import { resolveWechatPaySettings, type WechatPaySettings } from './wechatpay/settings';
import { expressSimulator } from './express';

export interface MockAppOptions {
  logger?: boolean;
  /** The one WeChat app (mini-program and official account) simulated. */
  appId?: string;
  appSecret?: string;
  /** How long the `slow` scenario waits; tests shorten it. Default 2000 ms. */
  slowMs?: number;
  /** WeChat Pay merchant, keys and notification timing; what is missing is generated (keys in memory). */
  wechatPay?: Partial<WechatPaySettings>;
}

/**
 * One server with every simulator. Each simulator is an encapsulated plugin
 * with its own error shape; the core plugin (records, scenarios) is shared.
 */
export function buildMockApp(opts: MockAppOptions = {}): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false });

  // Admin routes and unknown paths: a short JSON error, never a stack.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'mock server failed');
      return reply.code(500).send({ error: 'InternalError', message: 'internal error' });
    }
    return reply.code(status).send({ error: error.code ?? 'BadRequest', message: error.message });
  });

  app.register(mockCore, { slowMs: opts.slowMs ?? 2000 });
  app.register(adminRoutes);
  app.register(wechatSimulator, {
    appId: opts.appId ?? DEFAULT_APP_ID,
    appSecret: opts.appSecret ?? DEFAULT_APP_SECRET,
  });
  app.register(smsSimulator);
  app.register(realnameSimulator);
  app.register(wechatPaySimulator, { settings: resolveWechatPaySettings(opts.wechatPay).settings });
  app.register(expressSimulator);
  return app;
}
