// The everyday requests one at a time from a few clients: latency that does not
// depend on load, so the figure at 1,000 and at 100,000 cases can be compared.
import { type Api, type Person } from './client';
import { percentiles } from './percentiles';

export interface EverydayTargets {
  residents: Person[];
  /** case ids owned by the residents, with the resident who owns each */
  cases: { id: string; owner: Person }[];
  staff: Person;
  /** numbers of submitted cases with the last 4 digits of their applicant's phone */
  lookups: { number: string; phoneLast4: string }[];
  /** the centre's admin: 效能监察 */
  admin: Person;
}

const KINDS = [
  'staff queue',
  'my cases',
  'one case',
  'progress lookup',
  'supervision',
  'supervision, not cached',
] as const;
export type Kind = (typeof KINDS)[number];

const DAY_MS = 86_400_000;
/** The Beijing day `back` days before today. */
const dayBack = (back: number) => new Date(Date.now() + 8 * 3_600_000 - back * DAY_MS).toISOString().slice(0, 10);
/** Each uncached dashboard asks for another 30-day window, so no copy has it cached: the dashboard computed afresh. */
let windowsAsked = 0;

function requestOf(kind: Kind, t: EverydayTargets, i: number): [string, string, string | undefined] {
  switch (kind) {
    case 'staff queue':
      return ['GET', '/staff/applications?stage=acceptance&pageSize=20', t.staff.token];
    case 'my cases': {
      const r = t.residents[i % t.residents.length]!;
      return ['GET', '/applications?scope=mine&pageSize=20', r.token];
    }
    case 'one case': {
      const c = t.cases[i % t.cases.length]!;
      return ['GET', `/applications/${c.id}`, c.owner.token];
    }
    case 'progress lookup': {
      const l = t.lookups[i % t.lookups.length]!;
      return ['GET', `/progress?number=${l.number}&phoneLast4=${l.phoneLast4}`, undefined];
    }
    case 'supervision':
      // Every department's lights, lists and figures of this month: the admin's dashboard.
      return ['GET', '/admin/supervision', t.admin.token];
    case 'supervision, not cached': {
      const back = windowsAsked++;
      return ['GET', `/admin/supervision?from=${dayBack(back + 29)}&to=${dayBack(back)}`, t.admin.token];
    }
  }
}

/** `perKind` requests of each kind from `clients` concurrent clients; p50/p95 per kind. Any non-200 fails the run. */
export async function everyday(api: Api, t: EverydayTargets, perKind = 300, clients = 4) {
  const out = {} as Record<Kind, ReturnType<typeof percentiles>>;
  for (const kind of KINDS) {
    for (let i = 0; i < 20; i += 1) await call(api, kind, t, i); // warm-up
    const samples: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < perKind) {
          const i = next++;
          samples.push(await call(api, kind, t, i));
        }
      }),
    );
    out[kind] = percentiles(samples);
  }
  return out;
}

async function call(api: Api, kind: Kind, t: EverydayTargets, i: number): Promise<number> {
  const [method, path, token] = requestOf(kind, t, i);
  const res = await api.call(method, path, { token });
  if (res.status !== 200)
    throw new Error(`${kind}: ${method} ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.ms;
}
