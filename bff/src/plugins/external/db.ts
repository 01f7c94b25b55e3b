import fp from 'fastify-plugin';
import mongoose, { type Connection } from 'mongoose';
import { startHeartbeat } from '../../lib/store';

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
    // The database gone: a request fails within `serverSelectionTimeoutMS` (answered 503
    // DB_UNAVAILABLE, lib/db-unavailable.ts) instead of waiting in mongoose's buffer; the driver
    // looks for it again every second, so service is back within seconds of it returning.
    const conn = mongoose.createConnection(opts.uri, {
      serverSelectionTimeoutMS: 1_500,
      heartbeatFrequencyMS: 1_000,
      bufferCommands: false,
      autoIndex: true,
      maxPoolSize: opts.maxPoolSize ?? 20,
    });
    await conn.asPromise();
    app.decorate('db', conn);
    // This copy's heartbeat: what a crashed copy held is taken over within seconds (store/liveness.ts).
    const stopHeartbeat = await startHeartbeat(conn);
    app.addHook('onClose', async () => {
      await stopHeartbeat();
      await conn.close();
    });
  },
  { name: 'db' },
);
