/**
 * Errors that mean the database cannot be reached right now (gone, restarting,
 * the pool cleared after a network error) rather than a bug or bad input:
 * answered 503 DB_UNAVAILABLE with `Retry-After`, never 500.
 */
const UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
]);

/** A socket to the database closed under a request (the server killed or restarting). */
const SOCKET_GONE = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED']);

/** Seconds a client should wait before trying again (the driver looks for the server every second). */
export const DB_RETRY_AFTER_SECONDS = 3;

export function isDbUnavailable(err: unknown): boolean {
  let seen: unknown = err;
  // The driver's error may be wrapped (a transaction, a cursor): look down the cause chain.
  for (let depth = 0; seen && depth < 5; depth += 1) {
    const e = seen as { name?: string; message?: string; cause?: unknown };
    if (e.name && UNAVAILABLE.has(e.name)) return true;
    // The server killed mid-request: the driver may hand on the socket's own error unwrapped.
    if (
      SOCKET_GONE.has((e as { code?: string }).code ?? '') ||
      /socket has been ended by the other party/.test(e.message ?? '')
    )
      return true;
    if (e.name === 'MongooseError' && /buffering timed out|Connection was force closed/.test(e.message ?? ''))
      return true;
    seen = e.cause;
  }
  return false;
}
