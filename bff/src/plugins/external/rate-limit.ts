import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { AppError } from '../../lib/app-error';
import { outageReporter, sharedCountersStore, type OutageReporter } from './rate-limit-store';

/**
 * Limits are declared per route (`config.rateLimit`). With `redisUrl` (REDIS_URL)
 * the counters live in Redis, shared by every BFF copy; without it, in this
 * process. A Redis outage falls back to this copy's memory (rate-limit-store.ts),
 * never to errors. See docs/decisions.md, "Running several copies".
 */
export default fp(
  async (app, opts: { redisUrl?: string }) => {
    const outage = outageReporter(app.log);
    const redis = opts.redisUrl ? await connectRedis(opts.redisUrl, outage) : null;
    await app.register(rateLimit, {
      global: false,
      store: sharedCountersStore(redis, outage),
      errorResponseBuilder: () => new AppError('RATE_LIMITED'),
    });
    if (redis) {
      app.addHook('onClose', async () => {
        // quit waits for replies still due; a client that is not connected is just stopped.
        if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
        else redis.disconnect();
      });
    }
  },
  { name: 'rate-limit' },
);

/**
 * A client that fails fast instead of queueing: no offline queue, no retries
 * of a command, half a second at most per command — a request never waits on
 * Redis for longer. It keeps reconnecting in the background. A Redis that is
 * down at start is logged and the copy starts anyway (counting in memory).
 */
async function connectRedis(url: string, outage: OutageReporter): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
  });
  // Connection errors repeat on every reconnect attempt; the outage is reported once, by the reporter.
  redis.on('error', () => undefined);
  await redis.connect().catch((err: unknown) => outage.failed(err));
  return redis;
}
