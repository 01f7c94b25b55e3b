import fp from 'fastify-plugin';
import { z } from 'zod';
import { UpstreamUnavailableError } from '../../lib/app-error';

export type RealnameResult = 'match' | 'mismatch';

export interface RealnameClient {
  /** Asks the real-name provider whether the name belongs to the ID number. */
  verify(name: string, idNumber: string): Promise<RealnameResult>;
}

declare module 'fastify' {
  interface FastifyInstance {
    realname: RealnameClient;
  }
}

const Verdict = z.object({ requestId: z.string().optional(), result: z.enum(['match', 'mismatch']) });
const TIMEOUT_MS = 5_000;
const DOWN_MESSAGE = '实名认证服务暂时不可用，请稍后再试';

/**
 * The real-name check provider (`POST /idcheck/v1/verify`), pointed at
 * `REALNAME_API_BASE`. A non-200 answer, a timeout or an odd body is the
 * provider's failure (503 to our caller), never a mismatch.
 */
export default fp(
  async (app) => {
    const { REALNAME_API_BASE, REALNAME_API_KEY } = app.config;
    const endpoint = new URL('/idcheck/v1/verify', REALNAME_API_BASE);
    app.decorate('realname', {
      async verify(name, idNumber) {
        let status = 0;
        try {
          const res = await fetch(endpoint, {
            method: 'POST',
            headers: { authorization: `Bearer ${REALNAME_API_KEY}`, 'content-type': 'application/json' },
            body: JSON.stringify({ name, idNumber }),
            signal: AbortSignal.timeout(TIMEOUT_MS),
          });
          status = res.status;
          const verdict = res.ok ? Verdict.safeParse(await res.json()) : null;
          if (verdict?.success) {
            app.log.info(
              { action: 'realname.verify', requestId: verdict.data.requestId, result: verdict.data.result },
              'real-name check',
            );
            return verdict.data.result;
          }
        } catch (err) {
          app.log.warn({ action: 'realname.verify', reason: (err as Error).message }, 'real-name provider unreachable');
          throw new UpstreamUnavailableError(DOWN_MESSAGE);
        }
        app.log.warn({ action: 'realname.verify', status }, 'real-name provider failed');
        throw new UpstreamUnavailableError(DOWN_MESSAGE);
      },
    } satisfies RealnameClient);
  },
  { name: 'realname', dependencies: ['services'] },
);
