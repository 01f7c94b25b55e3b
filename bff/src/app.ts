import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Config } from './config';
import { loggerOptions, withSafeRequests } from './lib/logger';
import { serverOptions } from './lib/server-options';
import db from './plugins/external/db';
import swagger from './plugins/external/swagger';
import rateLimit from './plugins/external/rate-limit';
import bodyTimeout from './plugins/external/body-timeout';
import cors from './plugins/external/cors';
import multipart from './plugins/external/multipart';
import errorHandler from './plugins/app/error-handler';
import authenticate from './plugins/app/authenticate';
import services from './plugins/app/services';
import wechat from './plugins/app/wechat';
import realname from './plugins/app/realname';
import sms from './plugins/app/sms';
import wechatPay from './plugins/app/wechat-pay';
import express from './plugins/app/express';
import { roleGuard } from './modules/users';
import healthRoutes from './modules/health';
import { decorateRegistries, registerModules } from './modules';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the app: external plugins → app plugins → routes; nothing else. */
export async function buildApp(config: Config, opts: { logger?: FastifyServerOptions['logger'] } = {}) {
  const app = Fastify({
    logger: withSafeRequests(opts.logger ?? loggerOptions(config.LOG_LEVEL)),
    // Reuse a caller's request id when it looks like one; otherwise mint one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 256 * 1024,
    // Registering every module compiles some hundred route schemas: on a busy machine that can take more
    // than Fastify's default 10 s, which would fail the start rather than just slow it.
    pluginTimeout: 60_000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    ...serverOptions(config),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorHandler);
  await app.register(bodyTimeout, { timeoutMs: config.BODY_TIMEOUT_MS });
  await app.register(db, { uri: config.MONGODB_URI });
  await app.register(swagger);
  await app.register(rateLimit, { redisUrl: config.REDIS_URL });
  await app.register(cors, { origins: config.CORS_ORIGINS });
  await app.register(multipart, { maxFileBytes: config.UPLOAD_MAX_BYTES });
  await app.register(authenticate, {
    secret: config.JWT_SECRET,
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
  });
  await app.register(services, { config });
  await app.register(wechat);
  await app.register(realname);
  await app.register(sms);
  await app.register(wechatPay);
  await app.register(express);
  await app.register(roleGuard);

  await app.register(healthRoutes, { prefix: '/api/v1' });
  decorateRegistries(app);
  await app.register(registerModules, { prefix: '/api/v1', config });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
