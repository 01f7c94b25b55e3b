// The browser for end-to-end tests: Debian's chromium, installed with apt
// when missing (Playwright's own browser download is not used).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { step, ok, SetupError } from './log.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!hasApt) throw new SetupError(`Chromium was not found at ${CHROMIUM}; install Chromium (Debian package "chromium") or set CHROMIUM_PATH.`);
  step('installing Debian chromium for the end-to-end tests (apt-get)');
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const run = (args) => spawnSync(sudo[0] ?? args[0], [...sudo.slice(1), ...(sudo.length ? args : args.slice(1))], { stdio: 'inherit' });
  let res = run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  if (res.status !== 0) {
    run(['apt-get', 'update']);
    res = run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (res.status !== 0 || !existsSync(CHROMIUM)) {
    throw new SetupError('could not install chromium with apt-get; install the Debian package "chromium" (as root) and run again.');
  }
  ok('chromium installed');
  return CHROMIUM;
}
