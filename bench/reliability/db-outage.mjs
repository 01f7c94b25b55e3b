// Check 5: the database server killed (kill -9 of FerretDB, or mongod) under a steady load of reads and
// writes, started again 6 s later on the same port and data, the BFF left running. Requests during the
// outage must be answered 503 (DB_UNAVAILABLE / UPSTREAM_UNAVAILABLE) with Retry-After within 2 s —
// never 500 — and full service must be back within 5 s of the database.
import { call, hasErrorShape } from './client.mjs';
import { ITEM } from './matrix.mjs';

const OUTAGE_MS = 6_000;
const ANSWER_WITHIN_MS = 2_000;
const RECOVER_WITHIN_MS = 5_000;

export async function dbOutage({ stack, world }) {
  if (!stack.killDb)
    return { passed: true, figures: 'skipped: MONGODB_URI names a server this suite does not own', failures: [] };
  const base = stack.base;
  const who = world.other;
  /** @type {{start: number, end: number, status: number, code?: string, retryAfter: string | null}[]} */
  const log = [];
  let running = true;
  // Four clients: the resident's case list and own profile (reads), a new draft (a write), the session check.
  const requests = [
    () => call(base, 'GET', '/applications', { token: who.token, timeoutMs: 10_000 }),
    () => call(base, 'GET', '/me', { token: who.token, timeoutMs: 10_000 }),
    () => call(base, 'POST', '/applications', { token: who.token, body: { items: [ITEM] }, timeoutMs: 10_000 }),
    () => call(base, 'GET', '/me/addresses', { token: who.token, timeoutMs: 10_000 }),
  ];
  const worker = async (send, route) => {
    while (running) {
      const start = Date.now();
      const res = await send();
      log.push({
        route,
        start,
        end: Date.now(),
        status: res.status,
        code: res.json?.error?.code,
        shaped: hasErrorShape(res),
        retryAfter: res.headers?.get('retry-after') ?? null,
      });
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const workers = requests.map((send, i) => worker(send, i));
  await new Promise((r) => setTimeout(r, 2_000));
  const killedAt = Date.now();
  await stack.killDb();
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  const restartAt = Date.now();
  await stack.restartDb();
  const upAt = Date.now();
  await new Promise((r) => setTimeout(r, RECOVER_WITHIN_MS + 4_000));
  running = false;
  await Promise.all(workers);

  const failures = [];
  const before = log.filter((l) => l.end < killedAt);
  if (before.some((l) => l.status >= 300))
    failures.push(`before the kill: ${before.filter((l) => l.status >= 300).length} answers not 2xx`);
  // Begun while the database was away (and not merely finished just after the kill).
  const during = log.filter((l) => l.start >= killedAt + 100 && l.start < restartAt);
  const s500 = log.filter((l) => l.start >= killedAt && l.status >= 500 && l.status !== 503).length;
  const s503 = during.filter((l) => l.status === 503);
  const slow = during.filter((l) => l.end - l.start > ANSWER_WITHIN_MS);
  const bad503 = s503.filter((l) => !l.retryAfter || !/^(DB|UPSTREAM)_UNAVAILABLE$/.test(l.code ?? '') || !l.shaped);
  // A request that waited for the server (under 2 s) and was served once it was back is no fault.
  const other = during.filter((l) => l.status !== 503 && !(l.status >= 500) && !(l.status >= 200 && l.status < 300));
  if (s500) failures.push(`${s500} answers 5xx other than 503 during or after the outage`);
  if (slow.length)
    failures.push(
      `${slow.length} of ${during.length} requests during the outage took longer than 2 s (longest ${Math.max(...slow.map((l) => l.end - l.start))} ms)`,
    );
  if (bad503.length)
    failures.push(
      `${bad503.length} × 503 without Retry-After, the error shape or the code DB_UNAVAILABLE/UPSTREAM_UNAVAILABLE`,
    );
  if (other.length)
    failures.push(
      `${other.length} requests begun during the outage answered ${[...new Set(other.map((l) => l.status))].join(', ')} (status 0 = no answer in 10 s)`,
    );
  if (!during.length) failures.push('no request was made during the outage');
  // Recovered: from the database's return, the end of the last request not answered 2xx (started after it was up).
  const after = log.filter((l) => l.start >= upAt);
  const lastBad = after.filter((l) => l.status < 200 || l.status >= 300).at(-1);
  const recoveryMs = lastBad
    ? lastBad.end - upAt
    : Math.max(0, (after.find((l) => l.status < 300)?.end ?? upAt) - upAt);
  if (recoveryMs > RECOVER_WITHIN_MS)
    failures.push(`full service came back ${(recoveryMs / 1000).toFixed(1)} s after the database (over 5 s)`);
  if (!after.some((l) => l.status >= 200 && l.status < 300))
    failures.push('no request succeeded after the database came back');
  const firstAnswer = during.length ? Math.max(...during.map((l) => l.end - l.start)) : 0;
  return {
    passed: failures.length === 0,
    figures: `${log.length} requests; during the ${((restartAt - killedAt) / 1000).toFixed(1)} s outage ${during.length} begun: ${s503.length} × 503 with Retry-After, ${s500} × 500, slowest answer ${firstAnswer} ms; database back in ${((upAt - restartAt) / 1000).toFixed(1)} s, full service ${(recoveryMs / 1000).toFixed(1)} s after it, BFF not restarted`,
    failures,
    // In .data/reliability/last-run.json: every request, relative to the kill, for whoever reads a failure.
    timeline: log.map((l) => `${l.route} ${l.start - killedAt}+${l.end - l.start} ${l.status} ${l.code ?? ''}`),
  };
}
