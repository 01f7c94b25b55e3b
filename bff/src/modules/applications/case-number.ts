import { Schema, type Connection } from 'mongoose';
import { insertUnique, upsertById } from '../../lib/store';

/**
 * Reserved case numbers: one document per number, `_id` the number itself.
 * A unique `_id` insert is atomic on MongoDB and FerretDB alike (an
 * `$inc` upsert is not on FerretDB), so two cases never get one number.
 */
const caseNumberSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'case_numbers', versionKey: false },
);

export const caseNumberModel = (conn: Connection) => conn.model('CaseNumber', caseNumberSchema);

/**
 * Where the search for the day's next free number starts: `{_id: prefix, seq}`,
 * the highest number known taken. Only a hint, raised after each reservation
 * (a lost update makes the next submit try one taken number more); the unique
 * insert above stays the guard. Read by `_id`, so a submit never reads the
 * year's numbers (a range query reads them all on the local database).
 */
const numberHintSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, required: true } },
  { collection: 'case_number_hints', versionKey: false },
);
export const numberHintModel = (conn: Connection) => conn.model('CaseNumberHint', numberHintSchema);

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const ATTEMPTS = 200;

/** `ZW` + YYYYMMDD of the Beijing day of `now` (China keeps no daylight saving time). */
export function numberPrefix(now: Date): string {
  return `ZW${new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '')}`;
}

const format = (prefix: string, seq: number) => `${prefix}${String(seq).padStart(6, '0')}`;

async function highestSequence(conn: Connection, prefix: string): Promise<number> {
  const hint = await numberHintModel(conn).findById(prefix).lean<{ seq: number }>();
  return hint?.seq ?? 0;
}

async function raiseHint(conn: Connection, prefix: string, seq: number): Promise<void> {
  await upsertById(numberHintModel(conn), prefix, { $max: { seq } });
}

/**
 * Reserves the next free number of the day for `caseId`: the day's hint + 1,
 * tried by insert; a collision (a concurrent submit) reads the hint again and
 * moves on. Numbers are unique; a number
 * reserved by a submit that then loses its version race stays a gap.
 * Throws when the day's 999,999 numbers are used up or contention never ends.
 */
export async function reserveCaseNumber(conn: Connection, caseId: string, now = new Date()): Promise<string> {
  const prefix = numberPrefix(now);
  let candidate = (await highestSequence(conn, prefix)) + 1;
  for (let attempt = 1; attempt <= ATTEMPTS && candidate <= 999_999; attempt += 1) {
    const number = format(prefix, candidate);
    if (await insertUnique(caseNumberModel(conn), { _id: number, caseId, at: now }, true)) {
      await raiseHint(conn, prefix, candidate);
      return number;
    }
    candidate = Math.max(candidate + 1, (await highestSequence(conn, prefix)) + 1);
  }
  throw new Error(`no case number left to reserve for ${prefix}`);
}
