import { type FastifyBaseLogger } from 'fastify';
import { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { type Redis } from 'ioredis';

/** A key's count in its current fixed window, and the milliseconds left in that window. */
type Hit = { current: number; ttl: number };

/** A key's count in Redis: the first hit of a window sets its expiry; every copy sees the same count. */
const HIT_SCRIPT = `
local current = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}`;

type RedisWithHit = Redis & { rateLimitHit(key: string, windowMs: number): Promise<[number, number]> };

/** Counters of this copy only: while Redis cannot answer (or without one). Bounded, so many addresses cannot grow it. */
class MemoryWindows {
  private static readonly MAX_KEYS = 10_000;
  private readonly windows = new Map<string, { current: number; resetAt: number }>();

  hit(key: string, windowMs: number): Hit {
    const now = Date.now();
    const open = this.windows.get(key);
    if (open && open.resetAt > now) {
      open.current += 1;
      return { current: open.current, ttl: open.resetAt - now };
    }
    // A new window goes to the end, so the Map's order is oldest window first.
    this.windows.delete(key);
    if (this.windows.size >= MemoryWindows.MAX_KEYS) this.evict(now);
    this.windows.set(key, { current: 1, resetAt: now + windowMs });
    return { current: 1, ttl: windowMs };
  }

  private evict(now: number) {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < MemoryWindows.MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}

export type OutageReporter = ReturnType<typeof outageReporter>;

/** One warning when Redis stops answering and one line when it is back — not one per request. */
export function outageReporter(log: FastifyBaseLogger) {
  let down = false;
  return {
    failed(err: unknown) {
      if (down) return;
      down = true;
      log.warn(
        { action: 'rate_limit.store', reason: (err as Error).message },
        'Redis does not answer: rate limits are counted by each copy on its own until it does',
      );
    },
    answered() {
      if (!down) return;
      down = false;
      log.info({ action: 'rate_limit.store' }, 'Redis answers again: rate limits are shared by every copy again');
    },
  };
}

/**
 * The plugin hands `child()` the route's merged limit options with the route
 * under `routeInfo` (its typings say otherwise): method + URL name the route.
 */
function routeOf(options: unknown): string {
  const info = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
  const method = Array.isArray(info.method) ? info.method.join(',') : (info.method ?? '');
  return `${method}${info.url ?? ''}`;
}

/**
 * The rate-limit store: counts in Redis when one is given, so every BFF copy
 * counts against the same limit; when Redis fails (down, or slower than the
 * client's command timeout) the hit is counted in this copy's memory instead.
 * So an outage never turns into errors for callers, and limits still hold per
 * copy (at most copies × limit) rather than vanishing.
 */
export function sharedCountersStore(redis: Redis | null, outage: OutageReporter): FastifyRateLimitStoreCtor {
  if (redis) redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  const shared = redis as RedisWithHit | null;

  class SharedCounters implements FastifyRateLimitStore {
    private readonly memory = new MemoryWindows();

    constructor(
      _options: unknown,
      private readonly prefix = 'onetrip:rate-limit:',
    ) {}

    incr(key: string, callback: (error: Error | null, result?: Hit) => void, timeWindow: number): void {
      const fullKey = this.prefix + key;
      if (!shared) return callback(null, this.memory.hit(fullKey, timeWindow));
      shared.rateLimitHit(fullKey, timeWindow).then(
        ([current, ttl]) => {
          outage.answered();
          callback(null, { current, ttl });
        },
        (err: unknown) => {
          outage.failed(err);
          callback(null, this.memory.hit(fullKey, timeWindow));
        },
      );
    }

    child(routeOptions: unknown): FastifyRateLimitStore {
      return new SharedCounters(undefined, `${this.prefix}${routeOf(routeOptions)}:`);
    }
  }
  return SharedCounters;
}
