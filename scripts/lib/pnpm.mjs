// Bootstraps the pinned pnpm into the project cache (no global install needed)
// and runs it. Only Node.js and npm must already be on the machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { step, SetupError } from './log.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = '12.4.2';
const prefix = path.join(ROOT, '.cache', 'pnpm');
const pnpmBin = path.join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 10)) {
    throw new SetupError(
      `Node.js 20.10 or newer is needed (found ${process.version}); install it from https://nodejs.org and run again.`,
    );
  }
}

export function ensurePnpm() {
  checkNode();
  if (existsSync(pnpmBin)) return pnpmBin;
  step(`installing pnpm ${PNPM_VERSION} into .cache/pnpm`);
  const npm = spawnSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `pnpm@${PNPM_VERSION}`],
    {
      stdio: 'inherit',
    },
  );
  if (npm.error) throw new SetupError('npm was not found; install Node.js 20 (which ships npm) and run again.');
  if (npm.status !== 0 || !existsSync(pnpmBin)) {
    throw new SetupError(
      `could not install pnpm ${PNPM_VERSION} with npm; check the network access to the npm registry and run again.`,
    );
  }
  return pnpmBin;
}

/** Runs pnpm synchronously with inherited output; throws SetupError on failure. */
export function pnpm(args, { what, env } = {}) {
  const bin = ensurePnpm();
  const res = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (res.status !== 0) throw new SetupError(`${what ?? `pnpm ${args.join(' ')}`} failed (see the output above).`);
}

export function installDependencies() {
  step('installing dependencies (pnpm install)');
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  pnpm(['install', ...frozen, '--reporter=append-only'], { what: 'installing dependencies' });
}
