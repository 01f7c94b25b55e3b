import { Schema, type Connection, type Model, type Types } from 'mongoose';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_RESULTS,
  type ComplaintCategory,
  type ComplaintKind,
  type ComplaintResult,
} from '@onetrip/shared';

const sub = { _id: false, versionKey: false } as const;

/** What it is about, with the snapshots the views show (FerretDB has no $lookup). */
export type StoredAbout =
  | { type: 'case'; caseId: string; number: string; itemNames: string[] }
  | { type: 'window'; group: string; groupName: string; window?: string }
  | { type: 'centre' };

/** One answer; `by` is the supervisor who wrote it (staff are not anonymous; the filer never sees who). */
export interface StoredAnswer {
  text: string;
  at: Date;
  by: { userId: string; role: 'admin' | 'head' };
}

export interface StoredRating {
  result: ComplaintResult;
  text?: string;
  at: Date;
}

/**
 * The message telling the filer of an answer, written with the answer (one document write: never lost).
 * `pending` → `sent` | `failed`; `ref` is the idempotency reference carried by the message.
 */
export interface ComplaintMessage {
  status: 'pending' | 'sent' | 'failed';
  ref: string;
  attempts: number;
  nextAt: Date;
  channel?: 'wechat' | 'sms';
  lastError?: string;
  sentAt?: Date;
}

/** A stored complaint, as `.lean()` reads it. */
export interface ComplaintRecord {
  _id: Types.ObjectId;
  number: string;
  userId: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  text: string;
  photos: string[];
  about: StoredAbout;
  /** the departments it concerns (its case's items', its window group's): their heads answer it too */
  departments: string[];
  filedAt: Date;
  /** Beijing day of filing, `YYYY-MM-DD`: the daily limit counts by `{userId, day}` equality */
  day: string;
  status: 'pending' | 'answered' | 'rated';
  /** 1, or 2 once a 不满意 reopened it */
  round: number;
  /** when the current round's clock started: filing, or the 不满意 that reopened it */
  roundAt: Date;
  dueAt: Date;
  answers: StoredAnswer[];
  ratings: StoredRating[];
  message: ComplaintMessage | null;
  /** `message.status === 'pending'`, top level so the send pass finds them by equality */
  messagePending: boolean;
  version: number;
}

const complaintSchema = new Schema(
  {
    number: { type: String, required: true, unique: true },
    userId: { type: String, required: true, index: true },
    kind: { type: String, enum: COMPLAINT_KINDS, required: true },
    category: { type: String, enum: COMPLAINT_CATEGORIES, required: true },
    text: { type: String, required: true },
    photos: { type: [String], default: [] },
    about: { type: Schema.Types.Mixed, required: true },
    departments: { type: [String], default: [], index: true },
    filedAt: { type: Date, required: true },
    day: { type: String, required: true },
    status: { type: String, enum: ['pending', 'answered', 'rated'], required: true, index: true },
    round: { type: Number, required: true, default: 1 },
    roundAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    answers: {
      type: [
        new Schema({ text: String, at: Date, by: { type: new Schema({ userId: String, role: String }, sub) } }, sub),
      ],
      default: [],
    },
    ratings: {
      type: [new Schema({ result: { type: String, enum: COMPLAINT_RESULTS }, text: String, at: Date }, sub)],
      default: [],
    },
    message: { type: Schema.Types.Mixed, default: null },
    messagePending: { type: Boolean, default: false, index: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'complaints', versionKey: false, minimize: false },
);
complaintSchema.index({ userId: 1, day: 1 });

export const complaintModel = (conn: Connection): Model<ComplaintRecord> =>
  conn.model<ComplaintRecord>('Complaint', complaintSchema);

/**
 * Where the search for the day's next free complaint number starts (`{_id: 'TS' + YYYYMMDD, seq}`): a hint
 * only, raised after each filing; the unique `number` of the complaint's own insert is the guard.
 */
const hintSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, required: true } },
  { collection: 'complaint_number_hints', versionKey: false },
);
export const complaintHintModel = (conn: Connection) => conn.model('ComplaintNumberHint', hintSchema);
