// Redis for the BFF's rate-limit counters, shared by every BFF copy: Debian's
// redis-server, started on a free loopback port with its files under the run's
// data dir and nothing persisted (counters live a minute; dev and tests only).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { aptInstall, hasApt, onPath } from './apt.mjs';
import { freePort } from './database.mjs';
import { step, ok, SetupError, logFileStdio } from './log.mjs';

const NOT_INSTALLED =
  'redis-server is not installed: install the Debian package "redis-server" (apt-get install redis-server), or set REDIS_URL to a Redis you run.';

/** For `npm test`: the two-copies test runs a real redis-server; installed with apt when missing. */
export function ensureRedisServer() {
  if (onPath('redis-server')) return;
  if (!hasApt()) throw new SetupError(NOT_INSTALLED);
  step('installing Debian redis-server for the two-copies test (apt-get)');
  if (!aptInstall(['redis-server']) || !onPath('redis-server')) {
    throw new SetupError(
      'could not install redis-server with apt-get; install the Debian package "redis-server" (as root) and run again.',
    );
  }
  ok('redis-server installed');
}

/** Resolves once the server answers PING; a server that exits or stays silent is a SetupError naming its log. */
function waitForPong(port, child, logFile, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null)
        return reject(new SetupError(`redis-server exited during start-up (code ${child.exitCode}); see ${logFile}.`));
      const sock = net.connect(port, '127.0.0.1');
      const retry = () => {
        sock.destroy();
        if (Date.now() > deadline)
          reject(new SetupError(`redis-server did not answer on port ${port} in time; see ${logFile}.`));
        else setTimeout(attempt, 100);
      };
      sock.once('connect', () => sock.write('PING\r\n'));
      sock.once('data', (data) => {
        if (!data.toString().startsWith('+PONG')) return retry();
        sock.destroy();
        resolve();
      });
      sock.once('error', retry);
      sock.setTimeout(1_000, retry);
    };
    attempt();
  });
}

/**
 * Starts redis-server on a free loopback port, files in `dataDir`, output in `logFile`.
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function startRedis({ dataDir, logFile }) {
  if (!onPath('redis-server')) throw new SetupError(NOT_INSTALLED);
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  const port = await freePort();
  step(`starting redis-server on 127.0.0.1:${port}`);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--save', '', '--appendonly', 'no'];
  const log = logFileStdio(logFile);
  const child = spawn('redis-server', args, { stdio: log.stdio });
  log.close();
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  try {
    await waitForPong(port, child, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  const url = `redis://127.0.0.1:${port}`;
  ok(`redis ready: ${url}`);
  return { url, stop };
}

/**
 * What the stack's BFF uses for shared rate limits: REDIS_URL when set (nothing
 * started), a redis-server of its own when ONETRIP_REDIS=1, otherwise none.
 * @returns {Promise<{url: string, stop: () => Promise<void>} | null>}
 */
export async function redisForStack({ dataDir, logDir }) {
  if (process.env.REDIS_URL) {
    ok('redis: using REDIS_URL');
    return { url: process.env.REDIS_URL, stop: async () => {} };
  }
  if (process.env.ONETRIP_REDIS !== '1') return null;
  return startRedis({ dataDir, logFile: path.join(logDir, 'redis.log') });
}
