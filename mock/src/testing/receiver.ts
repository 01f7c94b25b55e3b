import Fastify from 'fastify';
import { type IncomingHttpHeaders } from 'node:http';

/** A tiny local HTTP server standing in for the BFF's notify/callback endpoint. */
export interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body, byte for byte as sent. */
  body: string;
}

export interface Receiver {
  /** Base URL, e.g. `http://127.0.0.1:41234`; post to any path under it. */
  base: string;
  received: Received[];
  close: () => Promise<void>;
}

/** Answers the n-th request with `statuses[n]` (the last one repeats). */
export async function startReceiver(statuses: number[] = [200]): Promise<Receiver> {
  const app = Fastify();
  const received: Received[] = [];
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.all('/*', async (request, reply) => {
    received.push({ url: request.url, headers: request.headers, body: String(request.body ?? '') });
    const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
    return reply.code(status).send(status < 300 ? { code: 'SUCCESS' } : { code: 'FAIL', message: 'try again' });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, received, close: () => app.close() };
}
