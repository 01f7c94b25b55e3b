// BENCHMARKS.md: one section per benchmark, replaced in place on each run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './pnpm.mjs';

const FILE = path.join(ROOT, 'BENCHMARKS.md');
const HEADER =
  '# Benchmarks\n\nFigures measured by `npm run bench` (autocannon against the running BFF; bundle-size reports). Each section is replaced in place when the benchmark runs again and names the machine and date it was measured on.\n';

export function writeSection(id, markdown) {
  const start = `<!-- ${id}:start -->`;
  const end = `<!-- ${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(FILE, re.test(current) ? current.replace(re, block) : `${current.trimEnd()}\n\n${block}\n`);
}
