import { type Locator, type Page } from 'playwright-core';

/**
 * Does `act` once and waits for `done` to show. A version-conflict toast (…已为您刷新 / …请刷新后重试)
 * instead fails the step at once: nobody else acts on the case in these journeys, so a 409 here would
 * be the BFF refusing a person's write because of its own background work (the notification worker
 * holds a case's write lease for a moment after most steps; case writes wait for it).
 */
export async function actAndSee(page: Page, act: () => Promise<void>, done: Locator): Promise<void> {
  const conflict = page.locator('.taro__toast').filter({ visible: true, hasText: '刷新' });
  await act();
  const outcome = await Promise.race([
    done.waitFor({ timeout: 15_000 }).then(() => 'done' as const),
    conflict.waitFor({ timeout: 15_000 }).then(() => 'conflict' as const),
  ]).catch(() => 'timeout' as const);
  if (outcome === 'conflict') throw new Error('the person was shown a version conflict (409)');
  if (outcome === 'timeout') throw new Error(`${done.toString()} did not show within 15 s`);
}
