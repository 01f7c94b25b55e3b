// Starts the project's own services (simulators, BFF, H5 static server) as
// child processes with logs under .data/logs, and waits until they answer.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './pnpm.mjs';
import { SetupError, logFileStdio } from './log.mjs';
import { devWechatPayKeys } from './wechatpay-dev-keys.mjs';

const tsxBin = path.join(ROOT, 'bff', 'node_modules', '.bin', 'tsx');
/** Where the development WeChat Pay keys live (created on first use). */
export const DEV_KEYS_DIR = path.join(ROOT, '.data', 'keys');

async function waitForHttp(url, child, name, logFile, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new SetupError(`${name} exited during start-up (code ${child.exitCode}); see ${logFile}.`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new SetupError(`${name} did not answer ${url} in time; see ${logFile}.`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Spawns a long-running process and resolves when readyUrl answers. */
export async function startService({ name, command, args, env, readyUrl, logDir, cwd = ROOT }) {
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const log = logFileStdio(logFile);
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: log.stdio });
  log.close();
  await waitForHttp(readyUrl, child, name, logFile);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  return { name, child, logFile, stop };
}

export function startMock({ port, logDir }) {
  return startService({
    name: 'mock',
    command: tsxBin,
    args: ['src/server.ts'],
    cwd: path.join(ROOT, 'mock'),
    env: { MOCK_PORT: String(port), MOCK_HOST: '127.0.0.1', ...devWechatPayKeys(DEV_KEYS_DIR).mockEnv },
    readyUrl: `http://127.0.0.1:${port}/__mock/health`,
    logDir,
  });
}

/** The simulators' base URL for every outside service the BFF calls. */
export function outsideServicesEnv(mockBase) {
  return {
    WECHAT_API_BASE: mockBase,
    WECHATPAY_API_BASE: mockBase,
    SMS_API_BASE: mockBase,
    EXPRESS_API_BASE: mockBase,
    REALNAME_API_BASE: mockBase,
    ...devWechatPayKeys(DEV_KEYS_DIR).bffEnv,
  };
}

/** `entry`: the BFF's start file; the end-to-end stack's adds a test-only route (bff/test/e2e-server.ts). */
export function startBff({ port, env, logDir, entry = 'src/server.ts' }) {
  return startService({
    name: 'bff',
    command: tsxBin,
    args: [entry],
    cwd: path.join(ROOT, 'bff'),
    env: { BFF_PORT: String(port), BFF_HOST: '127.0.0.1', ...env },
    readyUrl: `http://127.0.0.1:${port}/api/v1/health`,
    logDir,
  });
}

export function runSeed({ env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(tsxBin, ['src/seed/run.ts'], {
      cwd: path.join(ROOT, 'bff'),
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new SetupError('seeding the demo data failed (see above).')),
    );
  });
}
