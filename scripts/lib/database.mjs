// The local MongoDB-wire server for dev and tests.
// Order: MONGODB_URI when set; else a `mongod` on PATH; else FerretDB 1.24.2
// (built into .cache/bin) on PostgreSQL when its server programs are installed
// (postgresql.mjs: indexes that FerretDB's filters use), else on SQLite.
// ONETRIP_FERRETDB_BACKEND=sqlite|postgresql picks the backend explicitly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './pnpm.mjs';
import { step, ok, warn, SetupError, logFileStdio } from './log.mjs';
import { postgresAvailable, startPostgres } from './postgresql.mjs';

const FERRETDB_VERSION = 'v1.24.2';
const cacheBin = path.join(ROOT, '.cache', 'bin');
const ferretdbBin = path.join(cacheBin, 'ferretdb');

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

function goVersionOk() {
  const res = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  if (res.status !== 0) return false;
  const m = /go(\d+)\.(\d+)/.exec(res.stdout);
  return Boolean(m && (Number(m[1]) > 1 || Number(m[2]) >= 24));
}

// `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` alone yields a
// binary that panics at start: FerretDB embeds build/version/version.txt,
// which its own build generates and the module zip lacks. So we build the same
// module version from the Go module proxy inside a small wrapper module with
// vendored dependencies, adding that one-line file.
const GO_MOD = `module onetrip.local/ferretdb-build\n\ngo 1.24\n`;
const TOOLS_GO = `//go:build tools\n\npackage tools\n\nimport _ "github.com/FerretDB/FerretDB/cmd/ferretdb"\n`;

function go(args, cwd) {
  const res = spawnSync('go', args, { cwd, stdio: 'inherit', env: { ...process.env, GOFLAGS: '' } });
  if (res.status !== 0) {
    throw new SetupError(
      `building FerretDB failed at \`go ${args.join(' ')}\` (see above); check access to the Go module proxy, or set MONGODB_URI.`,
    );
  }
}

export function ensureFerretdb() {
  if (existsSync(ferretdbBin)) return ferretdbBin;
  if (!goVersionOk()) {
    throw new SetupError(
      'No database available: set MONGODB_URI, put `mongod` (MongoDB 6 or newer) on PATH, or install Go 1.24 or newer so FerretDB can be built.',
    );
  }
  step(`building FerretDB ${FERRETDB_VERSION} into .cache/bin (first time only, takes a few minutes)`);
  const buildDir = path.join(ROOT, '.cache', 'ferretdb-build');
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  mkdirSync(cacheBin, { recursive: true });
  writeFileSync(path.join(buildDir, 'go.mod'), GO_MOD);
  writeFileSync(path.join(buildDir, 'tools.go'), TOOLS_GO);
  go(['get', `github.com/FerretDB/FerretDB@${FERRETDB_VERSION}`], buildDir);
  go(['mod', 'tidy'], buildDir);
  go(['mod', 'vendor'], buildDir);
  writeFileSync(
    path.join(buildDir, 'vendor/github.com/FerretDB/FerretDB/build/version/version.txt'),
    `${FERRETDB_VERSION}\n`,
  );
  go(['build', '-mod=vendor', '-o', ferretdbBin, 'github.com/FerretDB/FerretDB/cmd/ferretdb'], buildDir);
  rmSync(buildDir, { recursive: true, force: true });
  ok(`FerretDB ${FERRETDB_VERSION} built`);
  return ferretdbBin;
}

export function waitForPort(port, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null)
        return reject(
          new SetupError(`the database server exited early (code ${child.exitCode}); see ${child.logFile}.`),
        );
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline)
          reject(new SetupError(`the database server did not open port ${port} in time; see ${child.logFile}.`));
        else setTimeout(attempt, 150);
      });
    };
    attempt();
  });
}

/**
 * Starts (or reuses) a database server.
 * @param {{dataDir: string, logFile: string}} opts absolute paths
 * @returns {Promise<{uri: string, kind: string, stop: () => Promise<void>}>} uri without a database name
 */
export async function startDatabase({ dataDir, logFile }) {
  if (process.env.MONGODB_URI) {
    ok('database: using MONGODB_URI');
    return { uri: process.env.MONGODB_URI, kind: 'external', stop: async () => {}, kill: null, restart: null };
  }
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  const port = await freePort();
  let cmd;
  let args;
  let kind;
  /** @type {Array<() => Promise<void>>} */
  const cleanups = [];
  if (onPath('mongod')) {
    kind = 'mongod';
    cmd = 'mongod';
    args = ['--dbpath', dataDir, '--bind_ip', '127.0.0.1', '--port', String(port), '--quiet'];
  } else {
    cmd = ensureFerretdb();
    const backend = await ferretdbBackend({ dataDir, logFile });
    kind = `FerretDB 1.24.2 (${backend.name})`;
    cleanups.push(backend.stop);
    args = [
      ...backend.args,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dataDir}`,
      '--telemetry=disable',
      `--debug-addr=${process.env.ONETRIP_FERRETDB_DEBUG_ADDR ?? '-'}`,
      '--log-level=warn',
    ];
  }
  step(`starting ${kind} on 127.0.0.1:${port}`);
  const launch = () => {
    const log = logFileStdio(logFile);
    const started = spawn(cmd, args, { stdio: log.stdio });
    log.close();
    started.logFile = logFile;
    return started;
  };
  // `let`: the reliability suite kills the server (SIGKILL) and starts it again on the same port and data.
  let child = launch();
  const stopServer = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const stop = async () => {
    await stopServer();
    for (const c of cleanups.reverse()) await c();
  };
  try {
    await waitForPort(port, child);
  } catch (err) {
    await stop();
    throw err;
  }
  ok(`database ready: mongodb://127.0.0.1:${port}/`);
  /** kill -9 of the wire server (FerretDB or mongod; PostgreSQL under FerretDB stays up). */
  const kill = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  const restart = async () => {
    child = launch();
    await waitForPort(port, child);
  };
  return { uri: `mongodb://127.0.0.1:${port}/`, kind, stop, kill, restart };
}

/**
 * FerretDB's backend: PostgreSQL when its server programs are installed (measured
 * faster by far: docs/decisions.md), SQLite otherwise or when asked for.
 * @returns {Promise<{name: string, args: string[], stop: () => Promise<void>}>}
 */
async function ferretdbBackend({ dataDir, logFile }) {
  const wanted = process.env.ONETRIP_FERRETDB_BACKEND;
  if (wanted && wanted !== 'sqlite' && wanted !== 'postgresql') {
    throw new SetupError(`ONETRIP_FERRETDB_BACKEND must be sqlite or postgresql, not "${wanted}".`);
  }
  const pg = wanted === 'sqlite' ? { ok: false, why: 'ONETRIP_FERRETDB_BACKEND=sqlite' } : postgresAvailable();
  if (pg.ok) {
    const server = await startPostgres({
      dataDir: path.join(dataDir, 'pg'),
      logFile: logFile.replace(/(\.log)?$/, '-pg.log'),
    });
    return { name: 'PostgreSQL', args: ['--handler=postgresql', `--postgresql-url=${server.url}`], stop: server.stop };
  }
  if (wanted === 'postgresql') throw new SetupError(`FerretDB on PostgreSQL was asked for, but ${pg.why}.`);
  warn(
    `PostgreSQL is not available (${pg.why}): FerretDB runs on SQLite, which reads every document of a collection per query (slow with many cases; see docs/decisions.md).`,
  );
  return { name: 'SQLite', args: ['--handler=sqlite', `--sqlite-url=file:${dataDir}/`], stop: async () => {} };
}
