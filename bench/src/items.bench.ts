// GET /items/:code through the whole BFF (routing, validation, database,
// serialisation, logging) against a bare Fastify answering the same JSON:
// the ratio is what the BFF's layers cost. Both run in one process run, one
// after the other, with the same autocannon settings.
import { writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const API = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3000/api/v1';
const CODE = process.env.BENCH_ITEM_CODE;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 20;

async function run(url: string) {
  // warm-up, then the measured run
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main() {
  const code = CODE ?? ((await (await fetch(`${API}/items?pageSize=1`)).json()) as { items: { code: string }[] }).items[0]?.code;
  if (!code) throw new Error('no item in the catalog: seed it first');
  const body = await (await fetch(`${API}/items/${code}`)).text();

  const bare = Fastify({ logger: false });
  bare.get('/items/:code', async (_req, reply) => reply.type('application/json').send(body));
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

  const full = await run(`${API}/items/${code}`);
  const baseline = await run(`${bareUrl}/items/${code}`);
  await bare.close();

  const result = { code, bytes: body.length, connections: CONNECTIONS, duration: DURATION, full, baseline };
  writeFileSync(process.env.BENCH_OUT ?? 'items-bench.json', JSON.stringify(result, null, 2));
  process.stdout.write(`full BFF ${full.rps.toFixed(0)} req/s, bare ${baseline.rps.toFixed(0)} req/s\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`benchmark failed: ${err.message}\n`);
  process.exit(1);
});
