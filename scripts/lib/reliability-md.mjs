// RELIABILITY.md: the figures of the last full `npm run test:reliability`, rewritten on each full run
// (like BENCHMARKS.md by scripts/bench.mjs), with the date and the machine.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './pnpm.mjs';

const FILE = path.join(ROOT, 'RELIABILITY.md');

const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** @param {{results: {name: string, title: string, passed: boolean, figures: string, failures: string[], short: boolean}[], dbKind: string, seconds: number}} run */
export function writeReliability({ results, dbKind, seconds }) {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = results.map(
    (r) => `| ${cell(r.title)} | ${r.passed ? 'pass' : '**FAIL**'} | ${r.short ? 'yes' : 'no'} | ${cell(r.figures)} |`,
  );
  const failures = results
    .filter((r) => r.failures.length)
    .flatMap((r) => [
      `### ${r.title}`,
      '',
      ...r.failures.slice(0, 15).map((f) => `- ${cell(f)}`),
      ...(r.failures.length > 15 ? [`- … and ${r.failures.length - 15} more`] : []),
      '',
    ]);
  const md = [
    '# Reliability',
    '',
    'Figures of the last full `npm run test:reliability` (scripts/reliability.mjs, checks in bench/reliability/): the suite starts its own stack and attacks it. Rewritten on each full run; `npm run test:reliability -- --short` (CI) runs the checks marked "in CI" (without the hostile variants of known open defects, `OPEN_DEFECTS` in bench/reliability/hostile.mjs) and writes nothing. What each check does and why: [docs/decisions.md](docs/decisions.md), "The reliability suite".',
    '',
    `Measured ${date} UTC on ${machine()}; database ${dbKind}; whole run ${seconds} s. Client, BFF and database share the machine.`,
    '',
    '| check | result | in CI | figures |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(failures.length ? ['## Failures (first 15 of each check)', '', ...failures] : []),
  ].join('\n');
  writeFileSync(FILE, `${md.trimEnd()}\n`);
}
