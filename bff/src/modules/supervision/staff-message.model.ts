import { Schema, type Connection, type Model } from 'mongoose';

export const STAFF_MESSAGE_KINDS = ['chase', 'daily_summary'] as const;
export type StaffMessageKind = (typeof STAFF_MESSAGE_KINDS)[number];

/**
 * `held`: written before the case's chase, released (`pending`) once the chase is on the case — or removed when
 * it is not (a crash in between is settled by the send pass); `pending` → `sent` | `failed`.
 */
export const STAFF_MESSAGE_STATUSES = ['held', 'pending', 'sent', 'failed'] as const;
export type StaffMessageStatus = (typeof STAFF_MESSAGE_STATUSES)[number];

/**
 * One message of 效能监察 to one staff member (`staff_messages`), sent by the send pass (staff-messages.ts).
 * `_id` = `<source>:<userId>`: one message per source (a chase, a department's summary of a day) and person,
 * whoever inserts it first. The notice holds what the message says (no personal data of anyone).
 */
export interface StaffMessageRecord {
  _id: string;
  kind: StaffMessageKind;
  /** the chase's id, or `<day>:<department>` of a summary */
  source: string;
  userId: string;
  /** our idempotency reference, 32 hex digits (WeChat's `character_string9`, the SMS's `ref`) */
  ref: string;
  status: StaffMessageStatus;
  /** ChaseNotice or DailySummaryNotice fields (notifications module), without `ref` */
  notice: Record<string, unknown>;
  /** a chase: the case and the chase's time, to settle a held message */
  caseId?: string;
  chasedAt?: Date;
  attempts: number;
  nextAt: Date;
  channel?: 'wechat' | 'sms';
  lastError?: string;
  createdAt: Date;
  sentAt?: Date;
}

const staffMessageSchema = new Schema<StaffMessageRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: STAFF_MESSAGE_KINDS, required: true },
    source: { type: String, required: true, index: true },
    userId: { type: String, required: true },
    ref: { type: String, required: true },
    status: { type: String, enum: STAFF_MESSAGE_STATUSES, required: true, index: true },
    notice: { type: Schema.Types.Mixed, required: true },
    caseId: { type: String },
    chasedAt: { type: Date },
    attempts: { type: Number, required: true, default: 0 },
    nextAt: { type: Date, required: true },
    channel: { type: String, enum: ['wechat', 'sms'] },
    lastError: { type: String },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date },
  },
  { collection: 'staff_messages', versionKey: false, minimize: false },
);

export const staffMessageModel = (conn: Connection): Model<StaffMessageRecord> =>
  conn.model<StaffMessageRecord>('StaffMessage', staffMessageSchema);

/** The day's summary of one department (`supervision_summaries`, `_id` = `<day>:<department>`): sent once. */
export interface SummaryRecord {
  _id: string;
  date: string;
  department: string;
  open: number;
  red: number;
  yellow: number;
  finished: number;
  onTime: number;
  heads: number;
  at: Date;
}

const summarySchema = new Schema<SummaryRecord>(
  {
    _id: { type: String, required: true },
    date: { type: String, required: true },
    department: { type: String, required: true },
    open: Number,
    red: Number,
    yellow: Number,
    finished: Number,
    onTime: Number,
    heads: Number,
    at: { type: Date, required: true },
  },
  { collection: 'supervision_summaries', versionKey: false },
);

export const summaryModel = (conn: Connection): Model<SummaryRecord> =>
  conn.model<SummaryRecord>('SupervisionSummary', summarySchema);
