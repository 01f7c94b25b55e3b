// Bundle sizes of the mini-program builds, for `npm test` output and BENCHMARKS.md.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { ROOT } from './pnpm.mjs';
import { ok, warn } from './log.mjs';

/** The subpackages' roots as the build declared them (app.json), so a new role area is never counted as main. */
function subpackageRoots(dist) {
  const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'));
  return (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** Main package = everything in dist/weapp outside the subpackage roots. */
export function weappSizes() {
  const dist = path.join(ROOT, 'miniapp', 'dist', 'weapp');
  const files = walk(dist);
  const roots = subpackageRoots(dist);
  let main = 0;
  const sub = {};
  for (const f of files) {
    const rel = path.relative(dist, f);
    const top = rel.split(path.sep)[0];
    const size = statSync(f).size;
    if (roots.includes(top)) sub[top] = (sub[top] ?? 0) + size;
    else main += size;
  }
  return { main, sub, total: files.reduce((n, f) => n + statSync(f).size, 0) };
}

export function h5Sizes() {
  const dist = path.join(ROOT, 'miniapp', 'dist', 'h5');
  const js = walk(dist).filter((f) => f.endsWith('.js'));
  const gzip = js.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  const raw = js.reduce((n, f) => n + statSync(f).size, 0);
  // What every visit downloads before any page: the scripts index.html names (pages come as lazy chunks).
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g)].map((m) => path.join(dist, m[1]));
  const entryGzip = entry.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  return { raw, gzip, entryGzip };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function reportWeappSize() {
  const s = weappSizes();
  const line = `weapp main package ${kb(s.main)} (budget 800 KB, limit 2 MB); total ${kb(s.total)}`;
  if (s.main > 2 * 1024 * 1024) warn(line);
  else ok(line);
  return s;
}
