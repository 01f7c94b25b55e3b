import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
// Progress output for the project scripts: one line per step, and one clear
// sentence (no stack trace) when something the machine needs is missing.
export const step = (msg) => process.stdout.write(`\x1b[36m▶\x1b[0m ${msg}\n`);
export const ok = (msg) => process.stdout.write(`\x1b[32m✔\x1b[0m ${msg}\n`);
export const warn = (msg) => process.stdout.write(`\x1b[33m!\x1b[0m ${msg}\n`);

export class SetupError extends Error {}

/** Run a script's main; expected setup failures print one sentence and exit 1. */
export function runMain(main) {
  main().then(
    (code) => process.exit(typeof code === 'number' ? code : 0),
    (err) => {
      if (err instanceof SetupError) {
        process.stderr.write(`\x1b[31m✘\x1b[0m ${err.message}\n`);
      } else {
        process.stderr.write(`\x1b[31m✘\x1b[0m ${err?.message ?? err}\n`);
        if (process.env.ONETRIP_DEBUG) process.stderr.write(`${err?.stack}\n`);
      }
      process.exit(1);
    },
  );
}

/**
 * stdio for a long-running child whose output goes to `logFile`: the file itself, not a pipe
 * through this process. A pipe fills while this process is busy in a synchronous step (a
 * `spawnSync` of the benchmarks, say), and a server blocked writing its log stops answering.
 */
export function logFileStdio(logFile) {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'a');
  return { stdio: ['ignore', fd, fd], close: () => closeSync(fd) };
}
