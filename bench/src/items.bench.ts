// GET /items/:code through the whole BFF (routing, validation, the catalog
// cache, headers, logging) against a bare Fastify answering the same JSON from
// memory: the ratio is what the BFF's layers cost. The bare server runs in a
// process of its own, as the BFF does, so neither shares the load generator's
// event loop. The two are measured in alternating rounds with the same
// autocannon settings and each is reported by its median round, so a busy
// moment of the machine does not land on one side only.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const API = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3000/api/v1';
const CODE = process.env.BENCH_ITEM_CODE;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 20;
/** Set in the child process that serves as the bare Fastify. */
const BARE_BODY = 'BENCH_BARE_BODY';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

async function run(url: string): Promise<Figures> {
  // warm-up, then the measured run
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

const median = (rounds: Figures[]): Figures =>
  [...rounds].sort((a, b) => a.rps - b.rps)[Math.floor(rounds.length / 2)]!;

/** The bare server: the body it is given, as JSON, on the same path. */
async function serveBare(body: string) {
  const bare = Fastify({ logger: false });
  bare.get('/items/:code', async (_req, reply) => reply.type('application/json').send(body));
  const url = await bare.listen({ host: '127.0.0.1', port: 0 });
  process.send?.(url);
}

/** Starts this file again as the bare server and resolves with its URL. */
async function startBare(body: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
    env: { ...process.env, [BARE_BODY]: body },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [url] = (await once(child, 'message')) as [string];
  return { url, child };
}

async function main() {
  const code =
    CODE ?? ((await (await fetch(`${API}/items?pageSize=1`)).json()) as { items: { code: string }[] }).items[0]?.code;
  if (!code) throw new Error('no item in the catalog: seed it first');
  const body = await (await fetch(`${API}/items/${code}`)).text();

  const bare = await startBare(body);
  const fullRounds: Figures[] = [];
  const bareRounds: Figures[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      fullRounds.push(await run(`${API}/items/${code}`));
      bareRounds.push(await run(`${bare.url}/items/${code}`));
    }
  } finally {
    bare.child.kill();
  }
  const full = median(fullRounds);
  const baseline = median(bareRounds);

  const result = {
    code,
    bytes: Buffer.byteLength(body),
    connections: CONNECTIONS,
    duration: DURATION,
    rounds: ROUNDS,
    full,
    baseline,
    fullRounds: fullRounds.map((r) => Math.round(r.rps)),
    bareRounds: bareRounds.map((r) => Math.round(r.rps)),
  };
  writeFileSync(process.env.BENCH_OUT ?? 'items-bench.json', JSON.stringify(result, null, 2));
  process.stdout.write(
    `full BFF ${full.rps.toFixed(0)} req/s, bare ${baseline.rps.toFixed(0)} req/s (medians of ${ROUNDS} rounds)\n`,
  );
}

const bareBody = process.env[BARE_BODY];
(bareBody === undefined ? main() : serveBare(bareBody)).catch((err: Error) => {
  process.stderr.write(`benchmark failed: ${err.message}\n`);
  process.exit(1);
});
