// Debian packages the scripts need on a fresh machine (chromium for the
// end-to-end journeys, redis-server for the scale-out test), installed with
// apt-get when missing: directly as root, otherwise through `sudo -n` (never a
// password prompt).
import { spawnSync } from 'node:child_process';

/** The absolute path of `command` on PATH, or null. */
export function onPath(command) {
  const res = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

export const hasApt = () => onPath('apt-get') !== null;

/**
 * Installs `packages` (no recommended extras); refreshes the package lists once
 * when the first try fails (a fresh machine has none). Returns whether apt-get succeeded.
 */
export function aptInstall(packages) {
  const asRoot = process.getuid?.() === 0;
  const run = (args) => {
    const [command, ...rest] = asRoot ? args : ['sudo', '-n', ...args];
    return spawnSync(command, rest, { stdio: 'inherit' }).status === 0;
  };
  const install = () => run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  if (install()) return true;
  run(['apt-get', 'update']);
  return install();
}
