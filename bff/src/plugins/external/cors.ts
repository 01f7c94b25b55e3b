import fp from 'fastify-plugin';
import cors from '@fastify/cors';

/** The H5 build is served from its own origin; only listed origins may call the API. */
export default fp(
  async (app, opts: { origins: string[] }) => {
    await app.register(cors, {
      origin: opts.origins,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'etag'],
      maxAge: 600,
    });
  },
  { name: 'cors' },
);
