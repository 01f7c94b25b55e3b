import fp from 'fastify-plugin';
import mongoose, { type Connection } from 'mongoose';

declare module 'fastify' {
  interface FastifyInstance {
    db: Connection;
  }
}

// Request data never becomes a query operator: `{$gt: ''}` is wrapped in $eq.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);

/**
 * One connection per app instance (tests build several apps, each on its own
 * database). Models are registered on this connection by the modules.
 */
export default fp(
  async (app, opts: { uri: string; maxPoolSize?: number }) => {
    // At most `maxPoolSize` operations in flight: a burst queues here rather than in the database
    // server (FerretDB's own pool to PostgreSQL is sized above what the BFF copies send it).
    const conn = mongoose.createConnection(opts.uri, {
      serverSelectionTimeoutMS: 5_000,
      autoIndex: true,
      maxPoolSize: opts.maxPoolSize ?? 20,
    });
    await conn.asPromise();
    app.decorate('db', conn);
    app.addHook('onClose', async () => {
      await conn.close();
    });
  },
  { name: 'db' },
);
