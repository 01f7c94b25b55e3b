import mongoose, { Schema, type Connection } from 'mongoose';

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

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const ATTEMPTS = 200;
const isDuplicateKey = (err: unknown) => (err as { code?: unknown } | null)?.code === 11000;

/** `ZW` + YYYYMMDD of the Beijing day of `now` (China keeps no daylight saving time). */
export function numberPrefix(now: Date): string {
  return `ZW${new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '')}`;
}

const format = (prefix: string, seq: number) => `${prefix}${String(seq).padStart(6, '0')}`;

async function highestSequence(conn: Connection, prefix: string): Promise<number> {
  const [top] = await caseNumberModel(conn)
    .find({ _id: mongoose.trusted({ $gte: format(prefix, 0), $lte: format(prefix, 999_999) }) })
    .sort({ _id: -1 })
    .limit(1)
    .lean<{ _id: string }[]>();
  return top ? Number(top._id.slice(prefix.length)) : 0;
}

/**
 * Reserves the next free number of the day for `caseId`: the day's highest
 * reserved number + 1, tried by insert; a collision (a concurrent submit)
 * reads the highest again and moves on. Numbers are unique; a number
 * reserved by a submit that then loses its version race stays a gap.
 * Throws when the day's 999,999 numbers are used up or contention never ends.
 */
export async function reserveCaseNumber(conn: Connection, caseId: string, now = new Date()): Promise<string> {
  const prefix = numberPrefix(now);
  let candidate = (await highestSequence(conn, prefix)) + 1;
  for (let attempt = 1; attempt <= ATTEMPTS && candidate <= 999_999; attempt += 1) {
    const number = format(prefix, candidate);
    try {
      await caseNumberModel(conn).create([{ _id: number, caseId, at: now }], { writeConcern: { w: 'majority' } });
      return number;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    candidate = Math.max(candidate + 1, (await highestSequence(conn, prefix)) + 1);
  }
  throw new Error(`no case number left to reserve for ${prefix}`);
}
