import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { EVALUATION_TAGS, type EvaluationTag } from '@onetrip/shared';

const sub = { _id: false, versionKey: false } as const;

/** 回访 of a 1–2 star rating; `closedBy` is the staff member who closed it (staff are not anonymous). */
const followupSchema = new Schema(
  {
    status: { type: String, enum: ['open', 'closed'], required: true },
    dueAt: { type: Date, required: true },
    note: { type: String },
    closedAt: { type: Date },
    closedBy: { type: new Schema({ userId: String, department: String }, sub), default: undefined },
  },
  sub,
);

/**
 * One rating (好差评) of a completed case. Deliberately WITHOUT the rater:
 * no user id, name or phone — staff read these, and must not learn who
 * rated. The unique `caseId` makes a second rating impossible, also when two
 * arrive at once. `number`, `itemNames`, `departments` are snapshots so the
 * follow-up queue and the statistics need no join (FerretDB has no $lookup).
 */
const evaluationSchema = new Schema(
  {
    caseId: { type: String, required: true, unique: true },
    number: { type: String, required: true },
    itemNames: { type: [String], default: [] },
    departments: { type: [String], required: true, index: true },
    score: { type: Number, required: true, min: 1, max: 5 },
    tags: { type: [{ type: String, enum: EVALUATION_TAGS }], default: [] },
    comment: { type: String },
    at: { type: Date, required: true, index: true },
    followup: { type: followupSchema, default: null },
    /** bumped by updateVersioned (lib/store) on every change (closing the follow-up) */
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'evaluations', versionKey: false },
);
evaluationSchema.index({ 'followup.status': 1, 'followup.dueAt': 1 });

export interface FollowupRecord {
  status: 'open' | 'closed';
  dueAt: Date;
  note?: string;
  closedAt?: Date;
  closedBy?: { userId: string; department: string };
}

/** A stored rating, as `.lean()` reads it. */
export interface EvaluationRecord {
  _id: Types.ObjectId;
  caseId: string;
  number: string;
  itemNames: string[];
  departments: string[];
  score: number;
  tags: EvaluationTag[];
  comment?: string;
  at: Date;
  followup: FollowupRecord | null;
  version: number;
}

export function evaluationModel(conn: Connection): Model<EvaluationRecord> {
  return conn.model<EvaluationRecord>('Evaluation', evaluationSchema);
}
