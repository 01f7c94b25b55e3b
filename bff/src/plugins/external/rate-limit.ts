import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { AppError } from '../../lib/app-error';

/**
 * Limits are declared per route (`config.rateLimit`). The store is in-process;
 * several BFF copies need a shared store (see docs/operations.md).
 */
export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: () => new AppError('RATE_LIMITED'),
    });
  },
  { name: 'rate-limit' },
);
