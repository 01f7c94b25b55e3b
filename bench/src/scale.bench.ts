// The scale benchmark: everyday requests at about 1,000 and at 100,000 cases,
// the mixed load at a fixed 600 req/s and closed-loop, and 20 residents
// submitting at once. Writes its figures as JSON to BENCH_OUT; scripts/bench.mjs
// turns them into BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { Api, staffOf, verifiedResident, type Person } from './scale/client';
import { everyday, type EverydayTargets } from './scale/everyday';
import { mixedLoad } from './scale/mixed';
import { connect, seedCases, templates } from './scale/seed-cases';
import { submitBurst } from './scale/submit-burst';

const API = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3000/api/v1';
const URI = process.env.MONGODB_URI;
const SMALL = Number(process.env.BENCH_SMALL_CASES ?? 1_000);
const LARGE = Number(process.env.BENCH_LARGE_CASES ?? 100_000);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 20);
const log = (msg: string) => process.stdout.write(`  ${msg}\n`);

async function residents(api: Api, prefix: string, n: number, from: number): Promise<Person[]> {
  const out: Person[] = [];
  for (let i = 0; i < n; i += 1) out.push(await verifiedResident(api, `${prefix}${i}`, from + i));
  return out;
}

/** What the everyday requests use, read back through the API: the residents' cases and the numbers to look up. */
async function targetsOf(api: Api, people: Person[], staff: Person): Promise<EverydayTargets> {
  // Seeded cases carry the applicant of the templates' maker, people[0]: their phone answers the lookup.
  const phoneLast4 = people[0]!.phone.slice(-4);
  const cases: EverydayTargets['cases'] = [];
  const lookups: EverydayTargets['lookups'] = [];
  for (const owner of people) {
    const list = await api.ok<{ items: { id: string; number?: string }[] }>(
      'GET',
      '/applications?scope=mine&pageSize=50',
      { token: owner.token },
    );
    for (const c of list.items) {
      cases.push({ id: c.id, owner });
      if (c.number) lookups.push({ number: c.number, phoneLast4 });
    }
  }
  if (!cases.length || !lookups.length) throw new Error('the residents have no seeded cases');
  // Signed in afresh for each round: an access token lives 15 minutes.
  const admin = await api.login('admin');
  return { residents: people, cases, staff, lookups, admin: { name: 'admin', ...admin, phone: '' } };
}

async function main() {
  if (!URI) throw new Error('MONGODB_URI is not set');
  const api = new Api(API);
  const conn = await connect(URI);
  log('making residents and staff through the API');
  const people = await residents(api, 'bench_resident_', 15, 100);
  const raws = await templates(api, conn, people[0]!);
  // The busiest department of the templates is the staff member's.
  const counts = new Map<string, number>();
  for (const r of raws) for (const it of r.items) counts.set(it.department, (counts.get(it.department) ?? 0) + 1);
  const department = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const staff = await staffOf(api, 'bench_staff', department);
  const departments = new Set(raws.flatMap((r) => r.items.map((i) => i.department))).size;

  const small = await seedCases(conn, raws, people, SMALL);
  log(`seeded ${small.added} cases (${SMALL} in all) in ${small.ms} ms`);
  const atSmall = await everyday(api, await targetsOf(api, people, staff));
  log(`everyday at ${SMALL}: ${JSON.stringify(atSmall)}`);

  const large = await seedCases(conn, raws, people, LARGE);
  log(`seeded ${large.added} cases (${LARGE} in all) in ${large.ms} ms`);
  // Access tokens live 15 minutes and seeding can take longer: everyone signs in again.
  for (const [i, person] of people.entries()) person.token = (await api.login(`bench_resident_${i}`)).token;
  staff.token = (await api.login('bench_staff')).token;
  const targets = await targetsOf(api, people, staff);
  const atLarge = await everyday(api, targets);
  log(`everyday at ${LARGE}: ${JSON.stringify(atLarge)}`);

  const items = await api.ok<{ items: { code: string; name: string }[] }>('GET', '/items?pageSize=50');
  const chains = await api.ok<{ items: { code: string }[] }>('GET', '/chains?pageSize=50');
  const mixedInput = {
    ...targets,
    itemCodes: items.items.map((i) => i.code),
    chainCodes: chains.items.map((c) => c.code),
    searches: ['老年', 'lnyd', '营业执照', '居住证', 'gjj', '不动产', '社保', '税'],
  };
  log(`mixed load at 600 req/s for ${MIXED_SECONDS} s`);
  const fixed = await mixedLoad(API, mixedInput, { rate: 600, duration: MIXED_SECONDS, connections: 40 });
  log(JSON.stringify(fixed));
  log('mixed load closed-loop');
  const closed = await mixedLoad(API, mixedInput, { rate: 0, duration: MIXED_SECONDS, connections: 20 });
  log(JSON.stringify(closed));

  log('20 residents submitting at once');
  const burst = await submitBurst(api, await residents(api, 'bench_submitter_', 20, 300));
  log(JSON.stringify(burst));

  await conn.close();
  const result = {
    departments,
    staffDepartment: department,
    sizes: { small: SMALL, large: LARGE },
    seeding: { small, large },
    everyday: { small: atSmall, large: atLarge },
    mixed: [fixed, closed],
    burst,
  };
  writeFileSync(process.env.BENCH_OUT ?? 'scale-bench.json', JSON.stringify(result, null, 2));
}

main().catch((err: Error) => {
  process.stderr.write(`benchmark failed: ${err.message}\n`);
  process.exit(1);
});
