import { Schema, type Connection } from 'mongoose';

/**
 * One year of the holiday calendar (`_id` = the year): the statutory days
 * off and the 调休 make-up working days, as `YYYY-MM-DD` strings.
 */
const holidaySchema = new Schema(
  {
    _id: { type: Number, required: true },
    days: { type: [String], default: [] },
    workdays: { type: [String], default: [] },
  },
  { collection: 'holidays', versionKey: false, timestamps: true },
);

export interface HolidayRecord {
  _id: number;
  days: string[];
  workdays: string[];
  updatedAt?: Date;
}

export const holidayModel = (conn: Connection) => conn.model<HolidayRecord>('Holiday', holidaySchema);

/** `{_id: 'holidays', revision}`: bumped by every calendar write, so each copy knows when to re-read. */
const metaSchema = new Schema({ _id: String, revision: Number }, { collection: 'holiday_meta', versionKey: false });

export const holidayMetaModel = (conn: Connection) => conn.model('HolidayMeta', metaSchema);
