import { type FastifyInstance } from 'fastify';

/**
 * Runs `pass` every `intervalMs` (0 = never), one pass at a time (a slow pass
 * is not overlapped by the next), stopped when the app closes. A failed pass
 * is logged at warn with `action` and retried at the next tick.
 */
export function startPeriodicJob(
  app: FastifyInstance,
  intervalMs: number,
  action: string,
  pass: () => Promise<unknown>,
): void {
  if (intervalMs <= 0) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pass()
      .catch((err: unknown) => app.log.warn({ action, reason: (err as Error).message }, `${action} pass failed`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
