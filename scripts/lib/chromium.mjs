// The browser for end-to-end tests: Debian's chromium, installed with apt
// when missing (Playwright's own browser download is not used).
import { existsSync } from 'node:fs';
import { aptInstall, hasApt } from './apt.mjs';
import { step, ok, SetupError } from './log.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (!hasApt()) throw new SetupError(`Chromium was not found at ${CHROMIUM}; install Chromium (Debian package "chromium") or set CHROMIUM_PATH.`);
  step('installing Debian chromium for the end-to-end tests (apt-get)');
  if (!aptInstall(['chromium']) || !existsSync(CHROMIUM)) {
    throw new SetupError('could not install chromium with apt-get; install the Debian package "chromium" (as root) and run again.');
  }
  ok('chromium installed');
  return CHROMIUM;
}
