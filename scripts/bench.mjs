// `npm run bench`: starts the stack without the H5 app, runs the autocannon
// benchmarks in bench/src and records bundle sizes; all figures go to BENCHMARKS.md.
// `npm run bench -- items` (or `bundles`, `uploads`, several at once) runs only those.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installDependencies, pnpm, ROOT } from './lib/pnpm.mjs';
import { pickPorts, buildH5, startStack } from './lib/stack.mjs';
import { weappSizes, h5Sizes, kb } from './lib/bundle-size.mjs';
import { writeSection } from './lib/benchmarks-md.mjs';
import { runMain, step, ok } from './lib/log.mjs';
import { runScaleBench } from './lib/scale-bench.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

function recordBundleSizes() {
  const w = weappSizes();
  const h = h5Sizes();
  const subs =
    Object.entries(w.sub)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ') || 'none yet';
  const md = [
    `## Bundle sizes (${today()})`,
    '',
    '| build | size | budget |',
    '| --- | ---: | ---: |',
    `| weapp main package | ${kb(w.main)} | 800 KB (WeChat limit 2 MB) |`,
    `| weapp total | ${kb(w.total)} | 20 MB |`,
    `| H5 first load (the scripts index.html names), gzip | ${kb(h.entryGzip)} | 250 KB |`,
    `| H5 JavaScript of every page and area, gzip (raw) | ${kb(h.gzip)} (${kb(h.raw)}) | — (pages load as chunks) |`,
    '',
    `weapp subpackages: ${subs}.`,
  ].join('\n');
  writeSection('bundle-sizes', md);
  ok(`weapp main ${kb(w.main)}, H5 first load ${kb(h.entryGzip)} gzip, all H5 JS ${kb(h.gzip)} gzip`);
}

function recordItemsBench(r, dbKind) {
  const ratio = r.full.rps / r.baseline.rps;
  const row = (name, x) => `| ${name} | ${x.rps.toFixed(0)} | ${x.p50} | ${x.p99} |`;
  writeSection(
    'items-get',
    [
      `## GET /items/:code — full BFF vs bare Fastify (${today()})`,
      '',
      `autocannon, ${r.connections} connections, ${r.rounds} alternating rounds of ${r.duration} s (each after a 2 s warm-up), the median round shown (all rounds, req/s: full ${r.fullRounds.join(', ')}; bare ${r.bareRounds.join(', ')}), item \`${r.code}\` (${r.bytes} bytes of JSON); ${machine()}; database ${dbKind}; client, servers and database share the machine, and each server has a process of its own.`,
      '',
      '| server | req/s | p50 ms | p99 ms |',
      '| --- | ---: | ---: | ---: |',
      row('full BFF (routing, validation, catalog cache, headers, logs)', r.full),
      row('bare Fastify answering the same JSON from memory', r.baseline),
      '',
      `Full BFF / bare: **${ratio.toFixed(2)}×**. The guide is JSON serialised once per catalog revision, so no request reads the database or runs the response schema; the gap is the BFF's own layers per request (request id, CORS, logger, parameter validation, cache headers).`,
    ].join('\n'),
  );
  ok(`items: full ${r.full.rps.toFixed(0)} req/s, bare ${r.baseline.rps.toFixed(0)} req/s (${ratio.toFixed(2)}×)`);
}

function recordUploadMemory(r) {
  const row = (name, x) =>
    `| ${name} | ${x.statuses.join(', ')} | ${x.rssBeforeMiB} | ${x.rssPeakMiB} | ${x.rssAfterMiB} | **${x.peakOverBeforeMiB}** |`;
  writeSection(
    'upload-memory',
    [
      `## POST /uploads memory — streamed, never buffered (${today()})`,
      '',
      `Uploads through the whole BFF in one process (\`app.inject\` with a streamed multipart body), RSS sampled every 10 ms; ${machine()}. A buffered upload would add at least the file size per request in flight.`,
      '',
      '| series | statuses | RSS before MiB | peak MiB | after MiB | peak − before MiB |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      row(`${r.runs} × 11 MB, one after another (over the 10 MiB limit)`, r.over11MB),
      row(`${r.runs} × 9 MB, one after another`, r.stored9MB),
      row('5 × 9 MB at once', r.parallel5x9MB),
      '',
      'Reading: a buffered upload would hold each file in memory while it arrives (9 MB each, 45 MB for the five at once). The first series may include the heap settling after start-up (measured between +1 and +33 MiB on different runs), and the concurrent row mixes client and server, which share this process under `app.inject`.',
    ].join('\n'),
  );
  ok(
    `uploads: peak +${r.over11MB.peakOverBeforeMiB} MiB over 11 MB files, +${r.parallel5x9MB.peakOverBeforeMiB} MiB for 5 × 9 MB at once`,
  );
}

const BENCHES = ['bundles', 'items', 'uploads', 'scale'];

/** The benchmarks named on the command line; all of them when none is. */
function chosenBenches() {
  const named = process.argv.slice(2);
  const unknown = named.filter((n) => !BENCHES.includes(n));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${BENCHES.join(', ')}`);
  return new Set(named.length ? named : BENCHES);
}

runMain(async () => {
  const chosen = chosenBenches();
  installDependencies();
  const ports = await pickPorts();
  if (chosen.has('bundles')) {
    step('building the weapp and H5 packages for the size report');
    pnpm(['--filter', '@onetrip/miniapp', 'build:weapp'], { what: 'building the weapp package' });
    buildH5({ ports });
    recordBundleSizes();
  }
  if (chosen.has('scale')) await runScaleBench({ ports, machine, today });
  if (!chosen.has('items') && !chosen.has('uploads')) return;
  const stack = await startStack({
    ports,
    dataDir: path.join(ROOT, '.data', 'bench'),
    dbName: 'onetrip_bench',
    withH5: false,
    env: { LOG_LEVEL: 'warn' },
  });
  const resultFile = path.join(ROOT, '.data', 'bench', 'items.json');
  try {
    if (chosen.has('items')) {
      step('benchmark: GET /items/:code, full BFF vs bare Fastify');
      pnpm(['--filter', '@onetrip/bench', 'exec', 'tsx', 'src/items.bench.ts'], {
        what: 'the items benchmark',
        env: { BENCH_API_URL: stack.urls.bff, BENCH_OUT: resultFile },
      });
      recordItemsBench(JSON.parse(readFileSync(resultFile, 'utf8')), stack.dbKind);
    }
    if (chosen.has('uploads')) {
      step('benchmark: memory while uploading 11 MB and 9 MB files');
      const uploadFile = path.join(ROOT, '.data', 'bench', 'upload-memory.json');
      pnpm(['--filter', '@onetrip/bench', 'exec', 'tsx', 'src/upload-memory.bench.ts'], {
        what: 'the upload memory benchmark',
        env: {
          ...stack.env,
          MONGODB_URI: stack.env.MONGODB_URI.replace(/onetrip_bench/, 'onetrip_bench_uploads'),
          BENCH_OUT: uploadFile,
          NODE_OPTIONS: '--expose-gc',
        },
      });
      recordUploadMemory(JSON.parse(readFileSync(uploadFile, 'utf8')));
    }
  } finally {
    await stack.stop();
  }
  ok('figures written to BENCHMARKS.md');
});
