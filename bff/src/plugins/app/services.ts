import fp from 'fastify-plugin';
import { type Config } from '../../config';
import { createPii, type Pii } from '../../lib/pii';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    pii: Pii;
  }
}

/** Shared services built once from the configuration. */
export default fp(
  async (app, opts: { config: Config }) => {
    app.decorate('config', opts.config);
    app.decorate('pii', createPii(opts.config.DATA_ENCRYPTION_KEY, opts.config.DATA_HASH_KEY));
  },
  { name: 'services' },
);
