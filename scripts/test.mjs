// `npm test`: installs what is missing, then lint, typecheck, every jest
// suite against a real database and the simulators, the H5 and weapp builds,
// and the H5 end-to-end journeys in Chromium. Prints counts; exits non-zero
// on any failure.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { installDependencies, pnpm, ROOT } from './lib/pnpm.mjs';
import { startDatabase } from './lib/database.mjs';
import { pickPorts, buildH5, startStack } from './lib/stack.mjs';
import { startMock } from './lib/services.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureRedisServer } from './lib/redis.mjs';
import { runJest } from './lib/jest-run.mjs';
import { reportWeappSize } from './lib/bundle-size.mjs';
import { step, ok, runMain, SetupError } from './lib/log.mjs';

// `npm test -- --e2e-only [pattern…]` skips straight to the end-to-end journeys (for working on
// them); patterns pick test files the way jest's own path patterns do.
// `npm test -- --unit-only [pattern…]` runs only jest suites (all, or those matching), against the
// real database and simulators, skipping lint, typecheck, builds and journeys.
const e2eOnly = process.argv.includes('--e2e-only');
const unitOnly = process.argv.includes('--unit-only');
const patterns = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const e2ePatterns = e2eOnly ? patterns : [];

runMain(async () => {
  installDependencies();
  ensureChromium();
  ensureRedisServer();
  if (e2eOnly) {
    const runDir = path.join(ROOT, '.data', 'test', `run-${process.pid}`);
    return endToEnd(runDir).finally(() => rmSync(runDir, { recursive: true, force: true }));
  }

  if (!unitOnly) {
    step('lint (eslint)');
    pnpm(['exec', 'eslint', '.', '--max-warnings=0'], { what: 'lint' });
    ok('lint clean');
    step('typecheck (tsc in every package)');
    pnpm(['-r', '--workspace-concurrency=1', 'typecheck'], { what: 'typecheck' });
    ok('typecheck clean');
  }

  const runDir = path.join(ROOT, '.data', 'test', `run-${process.pid}`);
  const cleanups = [() => rmSync(runDir, { recursive: true, force: true })];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c();
  };
  try {
    // Unit and integration suites: one database server, a database per test file.
    const db = await startDatabase({ dataDir: path.join(runDir, 'db'), logFile: path.join(runDir, 'db.log') });
    cleanups.push(db.stop);
    const ports = await pickPorts();
    const mock = await startMock({ port: ports.mock, logDir: path.join(runDir, 'logs') });
    cleanups.push(mock.stop);
    step('unit and integration tests (jest: shared, mock, bff, miniapp)');
    const unit = await runJest({
      label: 'unit',
      args: ['--ci', ...(unitOnly ? patterns : [])],
      env: { ONETRIP_TEST_MONGODB_URI: db.uri, ONETRIP_TEST_MOCK_BASE: `http://127.0.0.1:${ports.mock}` },
    });
    await mock.stop();
    await db.stop();
    if (!unit.passed) throw new SetupError('unit or integration tests failed (see above).');
    if (unitOnly) return ok('unit and integration tests passed');

    step('building the weapp package');
    pnpm(['--filter', '@onetrip/miniapp', 'build:weapp'], { what: 'building the weapp package' });
    reportWeappSize();

    await endToEnd(runDir);
    ok('all tests passed');
  } finally {
    await cleanup();
  }
});

/** Builds the H5 app against a fresh stack and runs the Playwright journeys. */
async function endToEnd(runDir) {
  const ports = await pickPorts();
  buildH5({ ports });
  // Every journey's people sign in from 127.0.0.1, dozens a minute: the per-address sign-in limit
  // (30 a minute, tested on its own in the auth module) would refuse them, as it would a whole village.
  // The hall's journey waits for the day-before reminder: the job looks every second, not every ten minutes.
  const env = { AUTH_RATE_LIMIT: '1000', HALL_REMINDER_INTERVAL_MS: '1000', GAP_REMINDER_INTERVAL_MS: '1000' };
  const stack = await startStack({
    ports,
    dataDir: path.join(runDir, 'e2e'),
    dbName: 'onetrip_e2e',
    withH5: true,
    env,
    // The hall's journey spans days (booked, reminded the evening before, checked in on the day) and needs
    // working hours whenever it runs: this entry adds a route that moves the hall's clock, nothing else.
    bffEntry: 'test/e2e-server.ts',
  });
  try {
    step('end-to-end journeys on the H5 build (Playwright + Chromium)');
    const e2e = await runJest({
      label: 'e2e',
      args: ['--ci', '--config', 'e2e/jest.config.js', '--runInBand', ...e2ePatterns],
      env: { E2E_H5_URL: stack.urls.h5, E2E_API_URL: stack.urls.bff, E2E_MOCK_URL: stack.urls.mock },
    });
    if (!e2e.passed)
      throw new SetupError(`end-to-end journeys failed (screenshots in test-results/e2e, logs in ${stack.logDir}).`);
  } finally {
    await stack.stop();
  }
}
