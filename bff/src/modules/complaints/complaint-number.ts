import { type Connection } from 'mongoose';
import { beijingDate } from '../../lib/beijing-date';
import { insertUnique, upsertById } from '../../lib/store';
import { complaintHintModel, complaintModel } from './complaint.model';

const ATTEMPTS = 200;

/** `TS` + YYYYMMDD of the Beijing day (投诉), like a case's `ZW…` number. */
export const complaintPrefix = (now: Date) => `TS${beijingDate(now).replaceAll('-', '')}`;

const format = (prefix: string, seq: number) => `${prefix}${String(seq).padStart(6, '0')}`;

async function hint(conn: Connection, prefix: string): Promise<number> {
  return (await complaintHintModel(conn).findById(prefix).lean<{ seq: number }>())?.seq ?? 0;
}

/**
 * Inserts the complaint `doc` under the day's next free number (`TS20261125000001`): the hint + 1, tried by
 * the complaint's own unique insert; a collision (another filing that moment) moves on. Returns the number.
 * Throws when the day's numbers are used up or contention never ends (a bug, 500).
 */
export async function insertNumbered(conn: Connection, doc: Record<string, unknown>, now: Date): Promise<string> {
  const prefix = complaintPrefix(now);
  let candidate = (await hint(conn, prefix)) + 1;
  for (let attempt = 1; attempt <= ATTEMPTS && candidate <= 999_999; attempt += 1) {
    const number = format(prefix, candidate);
    if (await insertUnique(complaintModel(conn), { ...doc, number }, true)) {
      await upsertById(complaintHintModel(conn), prefix, { $max: { seq: candidate } });
      return number;
    }
    candidate = Math.max(candidate + 1, (await hint(conn, prefix)) + 1);
  }
  throw new Error(`no complaint number left for ${prefix}`);
}
