import { Schema, type Connection, type Model } from 'mongoose';
import { type HolidayCalendars } from '@onetrip/shared';
import { beijingDate } from '../../lib/beijing-date';
import { TIMING, insertUnique, withLease } from '../../lib/store';
import { loadCalendars } from '../holidays';
import { type ApplicationRecord } from './application.types';
import { caseDeadline } from './case-clock';

/**
 * What happened to the cases on one Beijing day (`case_days`, `_id` = `YYYY-MM-DD`): every case concluded
 * (办结: issued, or denied — where the time limit stops), on time or not and with the staff who handled it,
 * and every §32 deemed acceptance. The centre's supervision reads a period a month at a time (`month`), so what
 * it reads grows with the period's activity, never with all the cases ever finished. Each case is entered once
 * per list: the entry is checked for and appended under the day's lease (`case-day:<day>`), because on the
 * local database an update filter is no compare-and-set.
 */
export interface StaffPart {
  userId: string;
  /** what the clerk did on the case: accepted it, decided an item (or the chain's go-on/stop), issued it */
  accepted: boolean;
  decided: boolean;
  issued: boolean;
}

export interface ConcludedFact {
  caseId: string;
  number: string;
  at: Date;
  outcome: 'issued' | 'denied';
  departments: string[];
  lead: string;
  /** concluded by the end of its due day */
  onTime: boolean;
  /** every clerk with an event on the case's timeline */
  staff: StaffPart[];
}

export interface DeemedFact {
  caseId: string;
  number: string;
  at: Date;
  itemNames: string[];
  departments: string[];
}

export interface CaseDayRecord {
  _id: string;
  /** `YYYY-MM`: a period is read a month at a time (one equality each) */
  month: string;
  concluded: ConcludedFact[];
  deemed: DeemedFact[];
}

const sub = { _id: false, versionKey: false } as const;

const staffPartSchema = new Schema({ userId: String, accepted: Boolean, decided: Boolean, issued: Boolean }, sub);
const concludedSchema = new Schema(
  {
    caseId: { type: String, required: true },
    number: { type: String, required: true },
    at: { type: Date, required: true },
    outcome: { type: String, enum: ['issued', 'denied'], required: true },
    departments: { type: [String], default: [] },
    lead: { type: String, default: '' },
    onTime: { type: Boolean, required: true },
    staff: { type: [staffPartSchema], default: [] },
  },
  sub,
);
const deemedSchema = new Schema(
  {
    caseId: { type: String, required: true },
    number: { type: String, required: true },
    at: { type: Date, required: true },
    itemNames: { type: [String], default: [] },
    departments: { type: [String], default: [] },
  },
  sub,
);
const caseDaySchema = new Schema<CaseDayRecord>(
  {
    _id: { type: String, required: true },
    month: { type: String, required: true, index: true },
    concluded: { type: [concludedSchema], default: [] },
    deemed: { type: [deemedSchema], default: [] },
  },
  { collection: 'case_days', versionKey: false },
);

export const caseDayModel = (conn: Connection): Model<CaseDayRecord> =>
  conn.model<CaseDayRecord>('CaseDay', caseDaySchema);

const DECIDING = new Set(['item_approved', 'item_denied', 'chain_go_on', 'chain_stopped', 'approved', 'denied']);

/** The clerks of a case's timeline and what each did. */
function staffParts(record: ApplicationRecord): StaffPart[] {
  const parts = new Map<string, StaffPart>();
  for (const e of record.timeline) {
    const userId = e.actor.role === 'staff' ? e.actor.userId : undefined;
    if (!userId) continue;
    const part = parts.get(userId) ?? { userId, accepted: false, decided: false, issued: false };
    if (e.action === 'accepted') part.accepted = true;
    if (DECIDING.has(e.action)) part.decided = true;
    if (e.action === 'issued') part.issued = true;
    parts.set(userId, part);
  }
  return [...parts.values()];
}

const departmentsOf = (record: ApplicationRecord) => [...new Set(record.items.map((i) => i.department))];

/** The conclusion of a concluded case as `case_days` keeps it (pure; null before the conclusion). */
export function concludedFactOf(record: ApplicationRecord, calendars: HolidayCalendars): ConcludedFact | null {
  const at = record.concludedAt;
  if (!at || !record.number) return null;
  const clock = caseDeadline(record, calendars, at);
  return {
    caseId: record._id.toHexString(),
    number: record.number,
    at,
    outcome: record.status === 'denied' ? 'denied' : 'issued',
    departments: departmentsOf(record),
    lead: record.items[0]?.department ?? '',
    onTime: clock ? clock.light !== 'red' : true,
    staff: staffParts(record),
  };
}

/** When the case was deemed accepted (§32): its `deemed_accepted` event. */
export const deemedAtOf = (record: Pick<ApplicationRecord, 'timeline'>): Date | undefined =>
  record.timeline.find((e) => e.action === 'deemed_accepted')?.at;

type ListName = 'concluded' | 'deemed';

/** Appends `fact` to the day's list unless the case is in it already. */
async function addToDay(conn: Connection, day: string, list: ListName, fact: ConcludedFact | DeemedFact) {
  const Days = caseDayModel(conn);
  await withLease(
    conn,
    `case-day:${day}`,
    async () => {
      const stored = await Days.findById(day).lean<CaseDayRecord>();
      if (stored?.[list].some((f) => f.caseId === fact.caseId)) return;
      const fresh = { _id: day, month: day.slice(0, 7), concluded: [], deemed: [], [list]: [fact] };
      const inserted = !stored && (await insertUnique(Days, fresh));
      if (!inserted) await Days.updateOne({ _id: day }, { $push: { [list]: fact } });
    },
    TIMING.patient,
  );
}

/** Enters the conclusion of `record` (as stored after the write that concluded it) on its day. */
export async function recordConcluded(conn: Connection, record: ApplicationRecord): Promise<void> {
  const fact = concludedFactOf(record, await loadCalendars(conn));
  if (fact) await addToDay(conn, beijingDate(fact.at), 'concluded', fact);
}

/** Enters the deemed acceptance of `record` on its day. */
export async function recordDeemed(conn: Connection, record: ApplicationRecord, at: Date): Promise<void> {
  if (!record.number) return;
  const fact = {
    caseId: record._id.toHexString(),
    number: record.number,
    at,
    itemNames: record.items.map((i) => i.name),
    departments: departmentsOf(record),
  };
  await addToDay(conn, beijingDate(at), 'deemed', fact);
}

/**
 * The days' records, in the order asked (a missing day or list: empty): one equality read per month the days
 * fall in, so a month's period is one read.
 */
export async function readCaseDays(conn: Connection, days: readonly string[]): Promise<CaseDayRecord[]> {
  const Days = caseDayModel(conn);
  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  const found = (
    await Promise.all(months.map((month) => Days.find({ month }).lean<Partial<CaseDayRecord>[]>()))
  ).flat();
  const byDay = new Map(found.map((doc) => [doc._id, doc]));
  return days.map((day) => {
    const doc = byDay.get(day);
    return { _id: day, month: day.slice(0, 7), concluded: doc?.concluded ?? [], deemed: doc?.deemed ?? [] };
  });
}
