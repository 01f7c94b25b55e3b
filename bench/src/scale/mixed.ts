// The mixed load of a county centre's day, in every 20 requests: 8 guide reads,
// 3 catalog searches, 1 chain, 5 own-case reads and lists, 1 staff queue,
// 1 progress lookup (each from another client address, through the trusted
// proxy's X-Forwarded-For) and 1 new draft. Run at a fixed rate and closed-loop.
import autocannon from 'autocannon';
import { someAddress, type Person } from './client';
import { type EverydayTargets } from './everyday';

export interface MixedInput extends EverydayTargets {
  itemCodes: string[];
  chainCodes: string[];
  searches: string[];
}

type Req = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

const auth = (p: Person) => ({ authorization: `Bearer ${p.token}` });

/** One round of 20 requests; `round` varies which item, resident and case each one uses. */
function round(t: MixedInput, r: number): Req[] {
  const res = (k: number) => t.residents[(r * 5 + k) % t.residents.length]!;
  const kase = (k: number) => t.cases[(r * 5 + k) % t.cases.length]!;
  const lookup = t.lookups[r % t.lookups.length]!;
  return [
    ...Array.from(
      { length: 8 },
      (_, k): Req => ({ method: 'GET', path: `/items/${t.itemCodes[(r * 8 + k) % t.itemCodes.length]}` }),
    ),
    ...Array.from(
      { length: 3 },
      (_, k): Req => ({
        method: 'GET',
        path: `/items?q=${encodeURIComponent(t.searches[(r * 3 + k) % t.searches.length]!)}`,
      }),
    ),
    { method: 'GET', path: `/chains/${t.chainCodes[r % t.chainCodes.length]}` },
    { method: 'GET', path: `/applications/${kase(0).id}`, headers: auth(kase(0).owner) },
    { method: 'GET', path: `/applications/${kase(1).id}`, headers: auth(kase(1).owner) },
    { method: 'GET', path: `/applications/${kase(2).id}`, headers: auth(kase(2).owner) },
    { method: 'GET', path: '/applications?scope=mine', headers: auth(res(3)) },
    { method: 'GET', path: '/applications?scope=mine&status=submitted', headers: auth(res(4)) },
    { method: 'GET', path: '/staff/applications?stage=acceptance', headers: auth(t.staff) },
    {
      method: 'GET',
      path: `/progress?number=${lookup.number}&phoneLast4=${lookup.phoneLast4}`,
      headers: { 'x-forwarded-for': 'per-request' },
    },
    {
      method: 'POST',
      path: '/applications',
      headers: { ...auth(res(0)), 'content-type': 'application/json' },
      body: JSON.stringify({ items: [t.itemCodes[r % t.itemCodes.length]] }),
    },
  ];
}

export interface MixedResult {
  mode: string;
  connections: number;
  duration: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** `rate` requests a second overall (open to the connections' limit), or as fast as it goes when 0. */
export async function mixedLoad(
  base: string,
  t: MixedInput,
  opts: { rate: number; duration: number; connections: number },
): Promise<MixedResult> {
  const sequence = Array.from({ length: 10 }, (_, r) => round(t, r)).flat();
  const requests = sequence.map((q) => ({
    method: q.method,
    path: `${new URL(base).pathname}${q.path}`,
    ...(q.body ? { body: q.body } : {}),
    setupRequest: (req: autocannon.Request) => ({
      ...req,
      // Every request comes from another client address as the trusted proxy reports it.
      headers: { ...q.headers, 'x-forwarded-for': someAddress() },
    }),
  }));
  const r = await autocannon({
    url: new URL(base).origin,
    connections: opts.connections,
    duration: opts.duration,
    requests,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
  });
  return {
    mode: opts.rate ? `${opts.rate} req/s fixed` : 'closed loop',
    connections: opts.connections,
    duration: opts.duration,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
