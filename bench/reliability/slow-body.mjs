// Check 6: a slow-body flood — many connections that announce a 100 kB JSON body and send it a byte a
// second (slowloris on the body) — while a resident keeps using the service. The ordinary requests must
// all succeed with bounded latency (p99 under 1 s), and the server must end the slow bodies itself
// (within 30 s) rather than hold them, and their memory and sockets, for ever.
import net from 'node:net';
import { call } from './client.mjs';

const FLOOD = 300;
/** The BFF's body allowance is 20 s (BODY_TIMEOUT_MS): 30 s in the full run, 25 s in the short one (CI's budget). */
const floodMs = (short) => (short ? 25_000 : 40_000);
const endWithinMs = (short) => (short ? 25_000 : 30_000);
const P99_BOUND_MS = 1_000;

export async function slowBodyFlood({ stack, world, short }) {
  const FLOOD_MS = floodMs(short);
  const END_SLOW_BODIES_WITHIN_MS = endWithinMs(short);
  const base = stack.base;
  const measure = async (ms) => {
    const out = [];
    const until = Date.now() + ms;
    await Promise.all(
      [0, 1].map(async () => {
        while (Date.now() < until) {
          const res = await call(base, 'GET', '/applications', { token: world.resident.token, timeoutMs: 10_000 });
          out.push({ status: res.status, ms: res.ms });
          await new Promise((r) => setTimeout(r, 50));
        }
      }),
    );
    return out;
  };
  const baseline = await measure(3_000);

  const started = Date.now();
  const sockets = [];
  let closedByServer = 0;
  const closedAt = [];
  for (let i = 0; i < FLOOD; i += 1) {
    const s = net.connect(stack.port, '127.0.0.1');
    s.on('error', () => undefined);
    s.on('data', () => undefined);
    s.on('close', () => {
      if (!s.endedByUs) {
        closedByServer += 1;
        closedAt.push(Date.now() - started);
      }
    });
    s.write(
      'POST /api/v1/auth/wechat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"code":"',
    );
    sockets.push(s);
  }
  const drip = setInterval(() => {
    for (const s of sockets) if (!s.destroyed) s.write('a');
  }, 1_000);
  const during = await measure(FLOOD_MS);
  clearInterval(drip);
  const stillOpen = sockets.filter((s) => !s.destroyed).length;
  for (const s of sockets) {
    s.endedByUs = true;
    s.destroy();
  }

  const pct = (xs, p) => {
    const sorted = xs.map((x) => x.ms).sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : 0;
  };
  const failed = during.filter((x) => x.status !== 200).length;
  const failures = [];
  if (failed) failures.push(`${failed} of ${during.length} ordinary requests failed during the flood`);
  if (pct(during, 99) > P99_BOUND_MS)
    failures.push(`p99 ${pct(during, 99)} ms during the flood (bound ${P99_BOUND_MS} ms)`);
  const endedInTime = closedAt.filter((t) => t <= END_SLOW_BODIES_WITHIN_MS).length;
  if (endedInTime < FLOOD)
    failures.push(
      `the server ended ${endedInTime} of ${FLOOD} slow bodies within ${END_SLOW_BODIES_WITHIN_MS / 1000} s (${stillOpen} still open after ${FLOOD_MS / 1000} s): no body timeout`,
    );
  return {
    passed: failures.length === 0,
    figures: `${FLOOD} connections sending a byte a second for ${FLOOD_MS / 1000} s: ${during.length} ordinary requests, ${failed} failed, p50/p99 ${pct(during, 50)}/${pct(during, 99)} ms (before the flood ${pct(baseline, 50)}/${pct(baseline, 99)} ms); slow bodies ended by the server: ${closedByServer} (${endedInTime} within ${END_SLOW_BODIES_WITHIN_MS / 1000} s), ${stillOpen} still open at the end`,
    failures,
  };
}
