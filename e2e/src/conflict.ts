import { type Locator, type Page } from 'playwright-core';

/**
 * Does `act` once and waits for `done` to show. A version-conflict toast (…已为您刷新 / …请刷新后重试)
 * instead fails the step at once: nobody else acts on the case in these journeys, so a 409 here would
 * be the BFF refusing a person's write because of its own background work (the notification worker
 * holds a case's write lease for a moment after most steps; case writes wait for it).
 */
export async function actAndSee(page: Page, act: () => Promise<void>, done: Locator): Promise<void> {
  await act();
  const outcome = await Promise.race([
    done.waitFor({ timeout: 15_000 }).then(() => 'done' as const),
    conflictShown(page).then(() => 'conflict' as const),
  ]).catch(() => 'timeout' as const);
  if (outcome === 'conflict') throw new Error('the person was shown a version conflict (409)');
  if (outcome === 'timeout') throw new Error(`${done.toString()} did not show within 15 s`);
}

/**
 * Resolves once a toast saying 刷新 shows. Taro's toast box is 0×0 with its parts fixed on the screen, so
 * Playwright never counts it visible: its own style says whether it shows (settle.ts `snapQuiet` too).
 */
function conflictShown(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).some(
        (el) => el.style.display !== 'none' && el.style.opacity !== '0' && (el.textContent ?? '').includes('刷新'),
      ),
    null,
    { timeout: 15_000 },
  );
}
