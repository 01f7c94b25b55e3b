import { PassThrough } from 'node:stream';
import fp from 'fastify-plugin';

/**
 * A request body must arrive within `timeoutMs` of its headers, or the answer
 * is 408 REQUEST_TIMEOUT and the connection is closed (error handler). Node's
 * own request timeout (config REQUEST_TIMEOUT_MS) is long enough for a 10 MB
 * upload on a slow phone; every other body is at most 256 KB and gets this
 * shorter allowance, so a trickling client cannot hold a connection for the
 * uploads' minutes. Multipart bodies are read from the raw request by the
 * uploads module and stay under Node's limit alone.
 */
export default fp(
  async (app, opts: { timeoutMs: number }) => {
    app.addHook('preParsing', async (request, reply, payload) => {
      const declared = request.headers['content-length'];
      const hasBody =
        (declared !== undefined && declared !== '0') || request.headers['transfer-encoding'] !== undefined;
      if (!hasBody || request.headers['content-type']?.startsWith('multipart/')) return payload;
      const timed = new PassThrough();
      const timer = setTimeout(() => {
        payload.unpipe(timed);
        timed.destroy(Object.assign(new Error('request body too slow'), { statusCode: 408, code: 'BODY_TIMEOUT' }));
      }, opts.timeoutMs);
      timer.unref();
      const stop = () => clearTimeout(timer);
      payload.once('end', stop);
      payload.once('error', (err) => {
        stop();
        timed.destroy(err);
      });
      timed.once('close', stop);
      // Answered without reading the body (a 413 on its declared length, a refusal before parsing):
      // the timer has nothing left to end.
      reply.raw.once('finish', stop);
      request.raw.once('close', stop);
      // Nobody may be reading `timed` when the timer fires: an 'error' without a listener would end
      // the process. The body's reader, when there is one, has its own listener and gets the 408.
      timed.on('error', () => undefined);
      return payload.pipe(timed);
    });
  },
  { name: 'body-timeout' },
);
