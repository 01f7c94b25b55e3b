// A private PostgreSQL cluster as FerretDB's backend, under the run's data
// directory, on a free loopback port, stopped with the stack. Only programs of
// the installed PostgreSQL server are used (initdb, postgres, psql).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForPort } from './database.mjs';
import { step, ok, SetupError, logFileStdio } from './log.mjs';
import { ROOT } from './pnpm.mjs';

/** Test runs make a fresh database each time: their stand-in cluster folders are removed when they stop. */
const isTestRun = (dir) => path.resolve(dir).startsWith(path.join(ROOT, '.data', 'test') + path.sep);

const PUSHDOWN_SQL = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sql', 'ferretdb-pushdown-indexes.sql');
const PROGRAMS = ['initdb', 'postgres', 'psql'];

/** The folder holding initdb, postgres and psql: PATH first, then Debian's versioned folders (newest first). */
function postgresBinDir() {
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const candidates = [];
  if (which.status === 0) {
    const found = which.stdout.trim();
    candidates.push(path.dirname(found));
    const real = spawnSync('readlink', ['-f', found], { encoding: 'utf8' }).stdout.trim();
    if (real) candidates.push(path.dirname(real));
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, 'bin')));
  }
  return candidates.find((dir) => PROGRAMS.every((p) => existsSync(path.join(dir, p)))) ?? null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root the server runs as the `postgres` user. */
function serviceUser() {
  if (!isRoot()) return null;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** @returns {{ok: true, bin: string} | {ok: false, why: string}} */
export function postgresAvailable() {
  const bin = postgresBinDir();
  if (!bin) return { ok: false, why: 'no PostgreSQL server programs (initdb, postgres, psql) were found' };
  if (serviceUser() === undefined)
    return { ok: false, why: 'running as root and there is no `postgres` user to run the server as' };
  if (isRoot() && spawnSync('sh', ['-c', 'command -v setpriv'], { encoding: 'utf8' }).status !== 0) {
    return { ok: false, why: 'running as root without `setpriv` to start the server as the `postgres` user' };
  }
  return { ok: true, bin };
}

/** The command line that runs `program` as the server's user. */
function asServiceUser(bin, program, args) {
  const user = serviceUser();
  const exe = path.join(bin, program);
  if (!user) return { cmd: exe, args };
  return { cmd: 'setpriv', args: [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', exe, ...args] };
}

function chownTree(dir, user) {
  chownSync(dir, user.uid, user.gid);
  for (const name of readdirSync(dir)) {
    const child = path.join(dir, name);
    if (statSync(child).isDirectory()) chownTree(child, user);
    else chownSync(child, user.uid, user.gid);
  }
}

function run(bin, program, args, what) {
  const { cmd, args: full } = asServiceUser(bin, program, args);
  const res = spawnSync(cmd, full, { encoding: 'utf8', cwd: '/' });
  if (res.status !== 0)
    throw new SetupError(`${what} failed: ${(res.stderr || res.stdout || '').trim().split('\n').pop()}`);
}

async function untilAccepting(bin, port) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = spawnSync(
      path.join(bin, 'psql'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-Atc', 'select 1'],
      { encoding: 'utf8' },
    );
    if (res.status === 0) return;
    if (Date.now() > deadline)
      throw new SetupError(`PostgreSQL did not accept connections in time: ${res.stderr.trim()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Whether the server's user can reach `dir` (a checkout under a private folder such as /root or a mktemp one cannot). */
function reachable(dir, user) {
  const res = spawnSync(
    'setpriv',
    [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', 'sh', '-c', 'cd "$0"', dir],
    { cwd: '/' },
  );
  return res.status === 0;
}

/**
 * Where the cluster lives: `dataDir`, unless the server's user cannot reach it;
 * then a folder of its own in the system's temporary folder, named after `dataDir`.
 */
function clusterDir(dataDir, user) {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!user || reachable(path.dirname(dataDir), user)) return dataDir;
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `onetrip-pg-${key}`);
}

/**
 * Creates the cluster on first use, starts it and installs the index trigger.
 * @returns {Promise<{url: string, stop: () => Promise<void>}>} FerretDB's --postgresql-url
 */
export async function startPostgres({ dataDir: wantedDir, logFile }) {
  const { bin } = postgresAvailable();
  const user = serviceUser();
  const dataDir = clusterDir(wantedDir, user);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) chownTree(dataDir, user);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    step('creating the PostgreSQL cluster (first time only)');
    run(bin, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C'], 'initdb');
  }
  const port = await freePort();
  const settings = [
    'listen_addresses=127.0.0.1',
    `unix_socket_directories=${dataDir}`,
    // FerretDB binds the field name of a filter as a parameter: only a custom plan folds it into the
    // constant that lets the expression indexes match.
    'plan_cache_mode=force_custom_plan',
    // A crash may lose the last fraction of a second of commits, never consistency.
    'synchronous_commit=off',
    'max_connections=200',
    'shared_buffers=256MB',
  ];
  const { cmd, args } = asServiceUser(bin, 'postgres', [
    '-D',
    dataDir,
    '-p',
    String(port),
    ...settings.flatMap((s) => ['-c', s]),
  ]);
  step(`starting PostgreSQL on 127.0.0.1:${port}`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = logFileStdio(logFile);
  const child = spawn(cmd, args, { stdio: log.stdio, cwd: '/' });
  log.close();
  child.logFile = logFile;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => {
        if (dataDir !== wantedDir && isTestRun(wantedDir)) rmSync(dataDir, { recursive: true, force: true });
        resolve();
      });
      // SIGINT: PostgreSQL's fast shutdown (SIGTERM would wait for every client).
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  try {
    await waitForPort(port, child);
    await untilAccepting(bin, port);
    const res = spawnSync(
      path.join(bin, 'psql'),
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-f',
        PUSHDOWN_SQL,
      ],
      { encoding: 'utf8' },
    );
    if (res.status !== 0) throw new SetupError(`installing the index trigger failed: ${res.stderr.trim()}`);
  } catch (err) {
    await stop();
    throw err;
  }
  ok(`PostgreSQL ready (cluster in ${path.relative(process.cwd(), dataDir) || dataDir})`);
  // FerretDB's pool defaults to max(4, cores) connections: too few for a loaded BFF (each copy sends
  // at most 20 operations at once; see bff/src/plugins/external/db.ts).
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres?pool_max_conns=60`, stop };
}
