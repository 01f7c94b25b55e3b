// `npm run test:reliability`: starts its own stack (database, simulators, demo seed, BFF) and attacks it
// — hostile inputs generated from the OpenAPI document, forged tokens, the access matrix across roles,
// kill -9 of the BFF during submits, kill -9 of the database under load, a slow-body flood — then prints
// the figures, writes them into RELIABILITY.md and exits non-zero when any check failed.
// `-- --short` (CI, within about three minutes) runs only the checks that pass on main today.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installDependencies, ROOT } from './lib/pnpm.mjs';
import { startDatabase } from './lib/database.mjs';
import { pickPorts } from './lib/stack.mjs';
import { startMock, startService, runSeed, outsideServicesEnv } from './lib/services.mjs';
import { stackBffEnv } from './lib/stack-env.mjs';
import { step, ok, warn, runMain, SetupError } from './lib/log.mjs';
import { writeReliability } from './lib/reliability-md.mjs';

const short = process.argv.includes('--short');
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));

runMain(async () => {
  installDependencies();
  // Imported once the dependencies are there (the checks use the bench package's mongoose): on a clean
  // clone a static import would fail before the install could run.
  const { runChecks, CHECKS } = await import('../bench/reliability/checks.mjs');
  const unknown = named.filter((n) => !CHECKS.some((c) => c.name === n));
  if (unknown.length)
    throw new SetupError(`unknown check ${unknown.join(', ')}; choose from ${CHECKS.map((c) => c.name).join(', ')}`);
  const started = Date.now();
  const runDir = path.join(ROOT, '.data', 'test', `reliability-${process.pid}`);
  let keepLogs = true;
  // The run's folder (database, logs) is removed unless the run stopped on an error whose log it names.
  const stops = [
    () => {
      // The logs of the last run (the BFF's above all: a crash under hostile input is written there) stay.
      const logs = path.join(ROOT, '.data', 'reliability', 'last-logs');
      rmSync(logs, { recursive: true, force: true });
      cpSync(path.join(runDir, 'logs'), logs, { recursive: true });
      if (!keepLogs) rmSync(runDir, { recursive: true, force: true });
    },
  ];
  try {
    const stack = await startReliabilityStack(runDir, stops);
    const results = await runChecks({ stack, short, only: named });
    keepLogs = false;
    const seconds = Math.round((Date.now() - started) / 1000);
    const failed = results.filter((r) => !r.passed);
    // Every failure, not only the first few printed, for whoever fixes them (.data is git-ignored).
    const full = path.join(ROOT, '.data', 'reliability', 'last-run.json');
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, JSON.stringify(results, null, 2));
    // Only a full run (every check) is the record; a short or partial run only prints.
    if (!short && !named.length) {
      writeReliability({ results, dbKind: stack.dbKind, seconds });
      ok('figures written to RELIABILITY.md');
    }
    if (failed.length) {
      warn(
        `${failed.length} of ${results.length} checks failed: ${failed.map((r) => r.name).join(', ')} (every failure: ${path.relative(ROOT, full)})`,
      );
      return 1;
    }
    ok(`all ${results.length} reliability checks passed in ${seconds} s`);
    return 0;
  } finally {
    for (const s of stops.reverse()) await Promise.resolve(s()).catch(() => undefined);
  }
});

/**
 * The stack of scripts/lib/stack.mjs, put together here because the suite needs each process in hand:
 * the BFF to kill -9 and start again with the same environment, the database server likewise.
 */
async function startReliabilityStack(runDir, stops) {
  const logDir = path.join(runDir, 'logs');
  const ports = await pickPorts();
  const db = await startDatabase({ dataDir: path.join(runDir, 'db'), logFile: path.join(logDir, 'db.log') });
  stops.push(db.stop);
  const mockBase = `http://127.0.0.1:${ports.mock}`;
  // A secret of this run, so that the suite can sign tokens that are expired or lack `exp` with the real key.
  const jwtSecret = randomBytes(24).toString('hex');
  const env = {
    ...stackBffEnv({ serverUri: db.uri, dbName: 'onetrip_reliability', fromUserEnv: false }),
    ...outsideServicesEnv(mockBase),
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: 'warn',
    // The suite signs in dozens of people from 127.0.0.1 within a minute (as the e2e stack does).
    AUTH_RATE_LIMIT: '1000',
  };
  step(`starting the simulators on ${mockBase}`);
  const mock = await startMock({ port: ports.mock, logDir });
  stops.push(mock.stop);
  step('seeding the demo catalog');
  await runSeed({ env });
  step(`starting the BFF on http://127.0.0.1:${ports.bff}`);
  let bff = await startBff({ port: ports.bff, env, logDir });
  ok(`BFF process ${bff.child.pid}`);
  stops.push(() => bff.stop());
  ok('stack is up');
  return {
    base: `http://127.0.0.1:${ports.bff}/api/v1`,
    port: ports.bff,
    mongoUri: env.MONGODB_URI,
    jwtSecret,
    dbKind: db.kind,
    logDir,
    /** kill -9 of the BFF; resolves once it is gone. */
    killBff: () =>
      new Promise((resolve) => {
        if (bff.child.exitCode !== null || bff.child.signalCode) return resolve();
        bff.child.once('exit', () => resolve());
        bff.child.kill('SIGKILL');
      }),
    /** The same BFF (entry, port, environment) again; resolves when it answers /health. */
    restartBff: async () => {
      bff = await startBff({ port: ports.bff, env, logDir });
    },
    bffPid: () => bff.child.pid,
    /** Whether the BFF is still running (it may die of an attack: runChecks then says so and starts it again). */
    bffAlive: () => bff.child.exitCode === null && !bff.child.signalCode,
    bffLog: () => bff.logFile,
    killDb: db.kill,
    restartDb: db.restart,
  };
}

/**
 * The BFF's own entry (src/server.ts) in one process: `node --import tsx`, not the tsx command, which
 * runs the server in a child of its own — a SIGKILL of it would leave the server running.
 */
function startBff({ port, env, logDir }) {
  return startService({
    name: 'bff',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/server.ts'],
    cwd: path.join(ROOT, 'bff'),
    env: { BFF_PORT: String(port), BFF_HOST: '127.0.0.1', ...env },
    readyUrl: `http://127.0.0.1:${port}/api/v1/health`,
    logDir,
  });
}
