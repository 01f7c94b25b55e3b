import { type Page } from 'playwright-core';
import { shot } from './browser';

/** Waits until no CSS transition or animation runs (the H5 router slides pages in), so a screenshot is not caught mid-slide. */
export async function settled(page: Page): Promise<void> {
  // Endless ones (a loading spinner) never finish: only the finite ones are waited for.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    null,
    { timeout: 5_000 },
  );
}

/** `shot` once the page has settled. */
export async function snap(page: Page, name: string): Promise<string> {
  await settled(page);
  return shot(page, name);
}

/** Scrolls the shown element matching `selector` to the top of the screen, then `snap`s: a page taller than the phone. */
export async function snapAt(page: Page, selector: string, name: string): Promise<string> {
  await page
    .locator(selector)
    .filter({ visible: true })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return snap(page, name);
}

/**
 * `snap` once the action's toast (已受理, 已上传…) has gone, so it covers nothing on the screenshot.
 * Taro's toast box is a 0×0 element whose parts are fixed on the screen, so Playwright never counts it
 * as visible: its own style says whether it shows (`display: none` once gone).
 */
export async function snapQuiet(page: Page, name: string): Promise<string> {
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every(
        (el) => el.style.display === 'none' || el.style.opacity === '0',
      ),
    null,
    { timeout: 10_000 },
  );
  return snap(page, name);
}
