// The browser for end-to-end tests: Debian's chromium, installed with apt
// when missing (Playwright's own browser download is not used).
import { existsSync } from 'node:fs';
import { aptInstall, hasApt } from './apt.mjs';
import { spawnSync } from 'node:child_process';
import { step, ok, warn, SetupError } from './log.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (!existsSync(CHROMIUM)) installChromium();
  ensureChineseFont();
  return CHROMIUM;
}

function installChromium() {
  if (!hasApt())
    throw new SetupError(
      `Chromium was not found at ${CHROMIUM}; install Chromium (Debian package "chromium") or set CHROMIUM_PATH.`,
    );
  step('installing Debian chromium for the end-to-end tests (apt-get)');
  if (!aptInstall(['chromium']) || !existsSync(CHROMIUM)) {
    throw new SetupError(
      'could not install chromium with apt-get; install the Debian package "chromium" (as root) and run again.',
    );
  }
  ok('chromium installed');
}

/** Whether fontconfig knows a font with Chinese glyphs (the UI is in Chinese). */
const hasChineseFont = () =>
  (spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

/**
 * Without a Chinese font, Chromium draws the app's text as empty boxes and the journeys' screenshots
 * cannot be read (the tests themselves read the DOM, so they pass either way): Debian's Noto CJK is
 * installed when missing, and its absence is only a warning.
 */
function ensureChineseFont() {
  if (hasChineseFont()) return;
  if (hasApt()) {
    step('installing a Chinese font for the screenshots (Debian fonts-noto-cjk)');
    if (aptInstall(['fonts-noto-cjk']) && hasChineseFont()) return ok('fonts-noto-cjk installed');
  }
  warn(
    'no Chinese font found: screenshots will show boxes instead of text (install the Debian package "fonts-noto-cjk").',
  );
}
