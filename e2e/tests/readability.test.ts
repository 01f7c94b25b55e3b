import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { call } from '../src/api';
import { launch, phone } from '../src/browser';
import { H5_URL } from '../src/env';
import { check, FLOORS, formatFailures, measure, shareBelow, type Mode } from '../src/readability';
import { makeFixtures, RESIDENT_PAGES, setHallClock, type Fixtures, type Who } from '../src/resident-pages';
import { tokenOf } from '../src/session';
import { shown } from '../src/staff';

/**
 * Readable for everyone, measured: every resident page (e2e/src/resident-pages.ts), at phone size, in
 * normal mode and in 长辈模式 (switched on from the home page), scrolled through its own scroll container;
 * every visible text is big enough for what it is (body or secondary) and dark enough on its
 * background, every tappable thing is big enough and reachable. A page's failures are listed all at once.
 */
const OUT = path.resolve(__dirname, '../../test-results/e2e/readability');
const stamp = Date.now().toString(36);

let browser: Browser;
const pages = {} as Record<Who, Page>;
let fx: Fixtures;
const summary: { mode: Mode; page: string; texts: number; taps: number; below14: number; failures: number }[] = [];

beforeAll(async () => {
  browser = await launch();
  for (const who of ['guest', 'resident'] as const) pages[who] = await (await phone(browser)).newPage();
  mkdirSync(OUT, { recursive: true });
  fx = await makeFixtures(pages.resident, stamp);
}, 240_000);

afterAll(async () => {
  // The ticket leaves the queue (放弃排队): other journeys count the people waiting at this group.
  if (fx) await call('DELETE', `/tickets/${fx.ticket}`, undefined, await tokenOf(pages.resident));
  await setHallClock(null);
  writeFileSync(path.join(OUT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await browser?.close();
});

describe.each(['normal', 'elder'] as const)('in %s mode', (mode) => {
  if (mode === 'elder')
    beforeAll(async () => {
      // The switch at the top of the home page: the same setting as the one in 我的.
      for (const page of Object.values(pages)) {
        await page.goto(`${H5_URL}/#/pages/home/index`);
        await shown(page, '#home-elder-switch').click(WAIT);
        await shown(page, '#home.elder').waitFor(WAIT);
      }
    });

  it.each(RESIDENT_PAGES.map((p) => [p.name, p] as const))('%s', async (name, resident) => {
    const page = pages[resident.who];
    await resident.open(page, fx);
    if (mode === 'elder') await shown(page, '.page.elder').first().waitFor(WAIT);
    const measured = await measure(page);
    const failures = check(measured, FLOORS[mode]);
    summary.push({
      mode,
      page: name,
      texts: measured.texts.length,
      taps: measured.taps.length,
      below14: Math.round(shareBelow(measured, 14) * 100) / 100,
      failures: failures.length,
    });
    await page.screenshot({ path: path.join(OUT, `${mode}-${name.replace(/[^\w]+/g, '-')}.png`) });
    expect(measured.texts.length).toBeGreaterThan(0);
    expect(formatFailures(`${name} (${mode})`, failures)).toBe('');
  });
});

const WAIT = { timeout: 20_000 };
