// Seeds cases straight through the database driver, cloned from real drafts the
// API made (so every stored field has its true shape and size): 95 % finished,
// 5 % open across the catalog's departments, some of them owned by the
// benchmark's residents so that their lists and case reads are realistic.
import mongoose, { Types, type Connection } from 'mongoose';
import { type HolidayCalendars } from '@onetrip/shared';
import {
  concludedFactOf,
  openCaseOf,
  type ApplicationRecord,
  type ConcludedFact,
} from '@onetrip/bff/src/modules/applications';
import { loadCalendars } from '@onetrip/bff/src/modules/holidays';
import { type Api, type Person } from './client';

type Raw = Record<string, unknown> & {
  _id: Types.ObjectId;
  items: { code: string; department: string; name: string }[];
};

const FINISHED = [
  ['completed', 85],
  ['rejected', 5],
  ['denied', 3],
  ['withdrawn', 7],
] as const;
const OPEN = [
  ['draft', 15],
  ['submitted', 35],
  ['supplement_required', 5],
  ['accepted', 25],
  ['approved', 10],
  ['ready_for_pickup', 10],
] as const;
const DAY_MS = 86_400_000;

function pick<T extends string>(table: ReadonlyArray<readonly [T, number]>, r: number): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r % total;
  for (const [v, w] of table) {
    if (x < w) return v;
    x -= w;
  }
  return table[0]![0];
}

/** One draft per catalog item, made through the API by `who`; their stored documents are the templates. */
export async function templates(api: Api, conn: Connection, who: Person): Promise<Raw[]> {
  const list = await api.ok<{ items: { code: string }[] }>('GET', '/items?pageSize=50');
  const raws: Raw[] = [];
  for (const { code } of list.items) {
    const res = await api.call<{ id: string }>('POST', '/applications', { token: who.token, body: { items: [code] } });
    if (res.status !== 201) continue;
    const raw = await conn.collection('applications').findOne({ _id: new Types.ObjectId(res.body.id) });
    if (raw) raws.push(raw as Raw);
  }
  if (!raws.length) throw new Error('no template case could be made');
  return raws;
}

/** The stored document of case number `i`: a clone of a template with its own id, number, owner, status and times. */
function caseDoc(i: number, open: boolean, template: Raw, owner: string, now: number): Raw {
  const status = open ? pick(OPEN, i * 7) : pick(FINISHED, i * 13);
  const day = new Date(now - (open ? i % 12 : 15 + (i % 350)) * DAY_MS - (i % 600) * 60_000);
  const submitted = status !== 'draft';
  const number = submitted
    ? `ZW${day.toISOString().slice(0, 10).replaceAll('-', '')}${String(500_000 + i).padStart(6, '0')}`
    : undefined;
  const later = (h: number) => new Date(day.getTime() + h * 3_600_000);
  const timeline = [
    { at: day, actor: { role: 'resident', userId: owner }, action: 'created' },
    ...(submitted ? [{ at: later(1), actor: { role: 'resident', userId: owner }, action: 'submitted' }] : []),
    ...(['accepted', 'approved', 'ready_for_pickup', 'completed', 'denied'].includes(status)
      ? [{ at: later(20), actor: { role: 'staff' }, action: 'accepted' }]
      : []),
    ...(status === 'completed'
      ? [
          { at: later(60), actor: { role: 'staff' }, action: 'issued' },
          { at: later(70), actor: { role: 'staff' }, action: 'completed' },
        ]
      : []),
  ];
  const approved = ['approved', 'ready_for_pickup', 'completed'].includes(status);
  return {
    ...template,
    _id: new Types.ObjectId(),
    status,
    ownerId: owner,
    submittedBy: { role: 'resident', userId: owner },
    ...(number ? { number, submittedAt: later(1) } : {}),
    ...(timeline.some((e) => e.action === 'accepted') ? { acceptedAt: later(20) } : {}),
    ...(['completed', 'denied'].includes(status) ? { concludedAt: later(60) } : {}),
    ...(status === 'completed' ? { completedAt: later(70) } : {}),
    items: template.items.map((it) => ({
      ...it,
      status: approved ? 'approved' : status === 'denied' ? 'denied' : 'pending',
    })),
    delivery: submitted ? { method: 'window' } : null,
    timeline,
    outbox: [],
    outboxPending: false,
    createdAt: day,
    updatedAt: later(open ? 2 : 70),
  };
}

/** The Beijing day of an instant. */
const beijingDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * What the BFF's case writes keep beside the cases for the supervision (applications README, "The supervision's
 * projections"), written here as the cases are: an open case's `open_cases` document, a concluded case's entry in
 * its day's `case_days`.
 */
async function writeProjections(conn: Connection, batch: Raw[], calendars: HolidayCalendars): Promise<void> {
  const records = batch as unknown as ApplicationRecord[];
  const open = records.flatMap((r) => openCaseOf(r) ?? []);
  if (open.length) await conn.collection('open_cases').insertMany(open as never[], { ordered: false });
  const byDay = new Map<string, ConcludedFact[]>();
  for (const r of records) {
    const fact = concludedFactOf(r, calendars);
    if (fact) byDay.set(beijingDay(fact.at), [...(byDay.get(beijingDay(fact.at)) ?? []), fact]);
  }
  for (const [day, facts] of byDay) {
    await conn
      .collection('case_days')
      .updateOne(
        { _id: day as never },
        { $set: { month: day.slice(0, 7) }, $push: { concluded: { $each: facts } } } as never,
        { upsert: true },
      );
  }
}

/**
 * Adds cases until the collection holds `target`: case i is open when i % 20 === 0 (5 %), and every
 * `residents.length`-th… case goes to one of the residents (a handful each); the others to synthetic owners.
 */
export async function seedCases(
  conn: Connection,
  raws: Raw[],
  residents: Person[],
  target: number,
): Promise<{ added: number; ms: number }> {
  const Cases = conn.collection('applications');
  const have = await Cases.estimatedDocumentCount();
  const started = Date.now();
  const now = Date.now();
  const perResident = 6;
  let batch: Raw[] = [];
  let added = 0;
  const calendars = await loadCalendars(conn);
  for (let i = have; i < target; i += 1) {
    const template = raws[i % raws.length]!;
    const owner =
      i < residents.length * perResident ? residents[i % residents.length]!.userId : new Types.ObjectId().toHexString();
    batch.push(caseDoc(i, i % 20 === 0, template, owner, now));
    if (batch.length === 1_000 || i === target - 1) {
      await Cases.insertMany(batch, { ordered: false });
      await writeProjections(conn, batch, calendars);
      added += batch.length;
      batch = [];
    }
  }
  // FerretDB maps `compact` to PostgreSQL's VACUUM ANALYZE: fresh statistics for the planner. MongoDB may refuse it.
  for (const name of ['applications', 'open_cases', 'case_days'])
    await conn.db!.command({ compact: name }).catch(() => undefined);
  return { added, ms: Date.now() - started };
}

export const connect = (uri: string) => mongoose.createConnection(uri).asPromise();
