// `npm run bench -- scale`: a fresh stack, the scale benchmark (bench/src/scale.bench.ts),
// then the CPU an idle stack uses with all those cases; the figures go to BENCHMARKS.md.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pnpm, ROOT } from './pnpm.mjs';
import { startStack } from './stack.mjs';
import { writeSection } from './benchmarks-md.mjs';
import { step, ok } from './log.mjs';

const IDLE_SECONDS = 30;
const SETTLE_SECONDS = 20;
const TICKS_PER_SECOND = 100;

/** Every process below `root` (the stack's BFF, database, simulators), by /proc. */
function descendants(root) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const out = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!out.has(pid) && (ppid === root || out.has(ppid))) {
        out.add(pid);
        grew = true;
      }
    }
  }
  return [...out];
}

/** CPU seconds (user + system) the processes have used so far. */
function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended
    }
  }
  return ticks / TICKS_PER_SECOND;
}

async function idleCpuShare() {
  // Let the last benchmark's messages go out and the database's after-load work settle first.
  await new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));
  const pids = descendants(process.pid);
  const before = cpuSeconds(pids);
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  return (cpuSeconds(pids) - before) / IDLE_SECONDS;
}

const ms = (x) => `${x.p50} / ${x.p95}`;

function record(r, idle, dbKind, machine, today) {
  const kinds = Object.keys(r.everyday.large);
  const growth = (k) => r.everyday.large[k].p95 / Math.max(r.everyday.small[k].p95, 0.1);
  const mixedRow = (m) =>
    `| ${m.mode} | ${m.connections} | ${m.rps} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} |`;
  const b = r.burst;
  writeSection(
    'scale',
    [
      `## A county's year: everyday requests at ${r.sizes.small.toLocaleString('en')} and ${r.sizes.large.toLocaleString('en')} cases, the mixed load, 20 submits at once (${today})`,
      '',
      `${machine}; database ${dbKind}; the BFF (one copy), the database, the simulators and the load generator share the machine. Cases seeded through the driver, cloned from real drafts of every catalog item: 95 % finished, 5 % open, across ${r.departments} departments (${r.sizes.small} cases in ${r.seeding.small.ms} ms, then up to ${r.sizes.large} in ${(r.seeding.large.ms / 1000).toFixed(0)} s).`,
      '',
      '### Everyday requests (4 clients, 300 requests of each kind; ms p50 / p95)',
      '',
      `| request | ${r.sizes.small.toLocaleString('en')} cases | ${r.sizes.large.toLocaleString('en')} cases | growth of p95 | target |`,
      '| --- | ---: | ---: | ---: | --- |',
      ...kinds.map(
        (k) =>
          `| ${k} | ${ms(r.everyday.small[k])} | ${ms(r.everyday.large[k])} | ${growth(k).toFixed(2)}× | p95 ≤ 50 ms, growth ≤ 1.5× |`,
      ),
      '',
      `The staff queue is that of ${r.staffDepartment} at acceptance; its open cases grow with the cases (5 % of each size), so its rows do too. \`supervision\` is the admin's 效能监察 dashboard of every department (this month), answered from the copy's cache while no case moves; \`supervision, not cached\` asks for another 30-day window each time, so every answer is computed afresh from the open-case projection and one \`case_days\` read per month.`,
      '',
      `### Mixed load at ${r.sizes.large.toLocaleString('en')} cases (every 20 requests: 8 guide reads, 3 searches, 1 chain, 5 own-case reads and lists, 1 staff queue, 1 progress lookup, 1 new draft; each from its own client address through the trusted proxy)`,
      '',
      '| mode | connections | req/s | p50 ms | p99 ms | errors | non-2xx |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...r.mixed.map(mixedRow),
      '',
      'Target at 600 req/s: p99 ≤ 200 ms, 0 errors.',
      '',
      `### ${b.residents} residents submitting at once (at ${r.sizes.large.toLocaleString('en')} cases)`,
      '',
      `p50 ${b.p50} ms, p95 **${b.p95} ms** (target ≤ 1 s); ${b.submitted} submitted, ${b.distinctNumbers} distinct case numbers; statuses ${b.statuses.join(', ')}.`,
      '',
      '### Idle stack',
      '',
      `With ${r.sizes.large.toLocaleString('en')} cases and nothing asked of it, the whole stack (BFF with its background jobs, FerretDB, PostgreSQL, simulators) used **${(idle * 100).toFixed(1)} %** of one core over ${IDLE_SECONDS} s, measured ${SETTLE_SECONDS} s after the last request (target < 5 %).`,
    ].join('\n'),
  );
}

export async function runScaleBench({ ports, machine, today }) {
  const dataDir = path.join(ROOT, '.data', 'bench-scale');
  rmSync(dataDir, { recursive: true, force: true });
  const stack = await startStack({
    ports,
    dataDir,
    dbName: 'onetrip_scale',
    withH5: false,
    // The benchmark's client plays the balancer: it sends each request from another address in X-Forwarded-For.
    env: { LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' },
  });
  const out = path.join(dataDir, 'scale.json');
  try {
    step('benchmark: everyday requests at 1,000 and 100,000 cases, mixed load, 20 submits at once');
    pnpm(['--filter', '@onetrip/bench', 'exec', 'tsx', 'src/scale.bench.ts'], {
      what: 'the scale benchmark',
      env: { BENCH_API_URL: stack.urls.bff, MONGODB_URI: stack.env.MONGODB_URI, BENCH_OUT: out },
    });
    step(`measuring the idle stack's CPU for ${IDLE_SECONDS} s`);
    const idle = await idleCpuShare();
    record(JSON.parse(readFileSync(out, 'utf8')), idle, stack.dbKind, machine(), today());
    ok(`scale figures written (idle ${(idle * 100).toFixed(1)} % of a core on ${os.cpus().length} cores)`);
  } finally {
    await stack.stop();
  }
}
