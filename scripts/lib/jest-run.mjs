// Runs jest with a JSON report and prints the counts per package.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './pnpm.mjs';
import { ok } from './log.mjs';

const jestBin = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

/**
 * Asynchronous on purpose: servers running in this process (the H5 static
 * server) must keep answering while jest runs.
 * @returns {Promise<{passed: boolean, counts: Record<string, {passed: number, failed: number}>}>}
 */
export async function runJest({ label, args = [], env = {} }) {
  const reportDir = path.join(ROOT, 'test-results');
  mkdirSync(reportDir, { recursive: true });
  const report = path.join(reportDir, `${label}.json`);
  const child = spawn(process.execPath, [jestBin, '--json', `--outputFile=${report}`, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const status = await new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const counts = {};
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    for (const file of json.testResults) {
      // the package is the first folder of the test file's path
      const name = path.relative(ROOT, file.name).split(path.sep)[0] ?? label;
      const c = (counts[name] ??= { passed: 0, failed: 0 });
      for (const t of file.assertionResults) {
        if (t.status === 'passed') c.passed += 1;
        else if (t.status === 'failed') c.failed += 1;
      }
    }
  } catch {
    // no report: jest failed before running tests; its own output says why
  }
  for (const [name, c] of Object.entries(counts)) ok(`${label} · ${name}: ${c.passed} passed, ${c.failed} failed`);
  return { passed: status === 0, counts };
}
