// POST /uploads through the whole BFF in this process (app.inject with a
// streamed body, so the client side never holds a file in memory either):
// 11 MB files (refused at the 10 MiB limit) and 9 MB files (stored), while
// the process's RSS is sampled every 10 ms. If uploads were buffered, the
// peak would grow by at least a file's size per request in flight.
// Needs MONGODB_URI (a scratch database); writes its figures to BENCH_OUT.
// Run with NODE_OPTIONS=--expose-gc for a steadier baseline.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buildApp, type App } from '@onetrip/bff';
import { loadConfig } from '@onetrip/bff/src/config';

const MB = 1000 * 1000;
const RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 20);
const BOUNDARY = '----onetripBench';
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** A multipart body of one PDF-looking `file` part of `size` bytes, made 64 KiB at a time as it is read. */
function body(size: number, tag: string): Readable {
  function* generate() {
    yield Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n\r\n`);
    const head = Buffer.from(`%PDF-1.7\n%${tag}\n`);
    yield head;
    for (let sent = head.length; sent < size; sent += 65536) yield Buffer.alloc(Math.min(65536, size - sent), 0x20);
    yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  }
  return Readable.from(generate(), { objectMode: false });
}

/** Samples RSS every 10 ms while `fn` runs. */
async function measured(fn: () => Promise<number[]>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = Date.now();
  const statuses = await fn();
  clearInterval(timer);
  const after = process.memoryUsage().rss;
  peak = Math.max(peak, after);
  return {
    statuses: [...new Set(statuses)],
    seconds: (Date.now() - started) / 1000,
    rssBeforeMiB: mib(before),
    rssPeakMiB: mib(peak),
    rssAfterMiB: mib(after),
    peakOverBeforeMiB: mib(peak - before),
  };
}

/**
 * A signed-in resident from the WeChat simulator's login (every access token needs a live session, so
 * a token signed here would be refused). The bench's own config lifts the per-address sign-in limit:
 * all its people sign in from this process.
 */
async function tokenFor(app: App, name: string): Promise<string> {
  // The simulator's login codes are `test_<name>`, the name ≤ 32 letters, digits or `_`.
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: `test_${name}` } });
  if (res.statusCode !== 200)
    throw new Error(`signing in ${name} through the WeChat simulator failed (${res.statusCode}): is it running?`);
  return res.json<{ accessToken: string }>().accessToken;
}

async function main() {
  const scratch = process.env.UPLOAD_DIR ? null : mkdtempSync(path.join(os.tmpdir(), 'onetrip-bench-uploads-'));
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT: '10000',
    ...(scratch ? { UPLOAD_DIR: scratch } : {}),
  });
  const app = await buildApp(config);
  await app.ready();
  const stored: { id: string; token: string }[] = [];
  // One user per upload keeps the per-user rate limit (60/min) out of the measurement.
  const upload = async (size: number, tag: string) => {
    const token = await tokenFor(app, `b${randomUUID().replace(/-/g, '').slice(0, 24)}`);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: body(size, tag),
    });
    if (res.statusCode === 201) stored.push({ id: res.json<{ id: string }>().id, token });
    return res.statusCode;
  };
  const series = async (size: number, label: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < RUNS; i += 1) statuses.push(await upload(size, `${label}_${i}_${randomUUID()}`));
    return statuses;
  };
  try {
    // Warm-up (JIT, pools, first files) outside the measured series.
    for (const size of [11 * MB, 9 * MB, 9 * MB]) await upload(size, `warmup_${randomUUID()}`);
    const result = {
      runs: RUNS,
      node: process.version,
      rssAtStartMiB: mib(process.memoryUsage().rss),
      over11MB: await measured(() => series(11 * MB, 'big')),
      stored9MB: await measured(() => series(9 * MB, 'ok')),
      parallel5x9MB: await measured(() =>
        Promise.all(Array.from({ length: 5 }, (_, i) => upload(9 * MB, `par_${i}_${randomUUID()}`))),
      ),
    };
    writeFileSync(process.env.BENCH_OUT ?? 'upload-memory.json', JSON.stringify(result, null, 2));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    for (const { id, token } of stored) {
      await app.inject({
        method: 'DELETE',
        url: `/api/v1/uploads/${id}`,
        headers: { authorization: `Bearer ${token}` },
      });
    }
    await app.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  process.stderr.write(`benchmark failed: ${err.message}\n`);
  process.exit(1);
});
