import { Schema, type Connection, type Model } from 'mongoose';
import { CASE_STATUSES, SUPERVISION_STAGES, type CaseStatus, type SupervisionStage } from '@onetrip/shared';
import { type ApplicationRecord } from './application.types';
import { awaitsChainDecision } from './chain-inputs';
import { promisedDaysOf, submittedAtOf } from './case-clock';
import { standingChase } from './case-chase';
import { deemedAtOf, recordConcluded, recordDeemed } from './case-days';

/**
 * The open-case projection (`open_cases`): one small document per case that has been submitted and has not
 * finished, with where it stands, whom it waits on and what its clocks need; removed when the case finishes.
 * The centre's supervision reads it instead of the cases, so its reads grow with the open cases only — on the
 * local database every query reads its whole collection, and a case is some 8 KB against a few hundred bytes
 * here. Written by `projectCase` after every write of a case that touches its queue fields, before the
 * change tokens move (case-tokens.ts), under the case's write lease: one writer per case at a time.
 */
export interface OpenCaseRecord {
  /** the case id (24 hex) */
  _id: string;
  number: string;
  status: CaseStatus;
  stage: SupervisionStage;
  itemNames: string[];
  /** every department of its items */
  departments: string[];
  /** the departments it waits on (the applicant's stages: the departments it concerns; see `waitingOnOf`) */
  waitingOn: string[];
  /** the department of the first item: it issues */
  lead: string;
  submittedAt: Date;
  acceptedAt?: Date;
  pauses: { from: Date; to?: Date }[];
  concludedAt?: Date;
  /** the largest promised working days of its items */
  promisedDays: number;
  /** deemed accepted (§32) */
  deemedAt?: Date;
  /** the chase standing in this status (case-chase.ts) */
  chase?: { at: Date; note?: string };
  updatedAt: Date;
}

const sub = { _id: false, versionKey: false } as const;

const openCaseSchema = new Schema<OpenCaseRecord>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    status: { type: String, enum: CASE_STATUSES, required: true },
    stage: { type: String, enum: SUPERVISION_STAGES, required: true },
    itemNames: { type: [String], default: [] },
    departments: { type: [String], default: [] },
    waitingOn: { type: [String], default: [] },
    lead: { type: String, required: true },
    submittedAt: { type: Date, required: true },
    acceptedAt: { type: Date },
    pauses: { type: [new Schema({ from: { type: Date, required: true }, to: Date }, sub)], default: [] },
    concludedAt: { type: Date },
    promisedDays: { type: Number, required: true },
    deemedAt: { type: Date },
    chase: { type: new Schema({ at: { type: Date, required: true }, note: String }, sub), default: undefined },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'open_cases', versionKey: false },
);

export const openCaseModel = (conn: Connection): Model<OpenCaseRecord> =>
  conn.model<OpenCaseRecord>('OpenCase', openCaseSchema);

/** The stage of each status a case is open in; drafts and finished cases have none. */
const STAGE_OF: Partial<Record<CaseStatus, SupervisionStage>> = {
  submitted: 'acceptance',
  supplement_required: 'supplement',
  accepted: 'approval',
  approved: 'issuance',
  issued: 'delivery',
  shipping: 'delivery',
  delivered: 'delivery',
  ready_for_pickup: 'delivery',
};

/** The supervision's stage of a case in `status`, or null (a draft, or finished). */
export const stageOf = (status: CaseStatus): SupervisionStage | null => STAGE_OF[status] ?? null;

const unique = (list: string[]) => [...new Set(list)];

/**
 * Whom the case waits on at its stage: every involved department before acceptance (一窗受理: any of them
 * accepts) and while the applicant answers a notice; in approval the departments with an item still pending,
 * and the lead department when a chain's denied item waits for its go-on/stop (并联审批); the lead department
 * from approval on (it issues, and its window hands over).
 */
export function waitingOnOf(record: ApplicationRecord, stage: SupervisionStage): string[] {
  const lead = record.items[0]?.department ?? '';
  if (stage === 'acceptance' || stage === 'supplement') return unique(record.items.map((i) => i.department));
  if (stage !== 'approval') return [lead];
  const pending = record.items.filter((i) => i.status === 'pending').map((i) => i.department);
  const waiting = unique([...pending, ...(awaitsChainDecision(record) ? [lead] : [])]);
  return waiting.length ? waiting : [lead];
}

/** The projection of a case, or null when it is not open (a draft, or finished). Pure. */
export function openCaseOf(record: ApplicationRecord): OpenCaseRecord | null {
  const stage = STAGE_OF[record.status];
  const submittedAt = submittedAtOf(record);
  if (!stage || !record.number || !submittedAt) return null;
  const chase = standingChase(record);
  const deemedAt = deemedAtOf(record);
  return {
    _id: record._id.toHexString(),
    number: record.number,
    status: record.status,
    stage,
    itemNames: record.items.map((i) => i.name),
    departments: unique(record.items.map((i) => i.department)),
    waitingOn: waitingOnOf(record, stage),
    lead: record.items[0]?.department ?? '',
    submittedAt,
    ...(record.acceptedAt ? { acceptedAt: record.acceptedAt } : {}),
    pauses: (record.pauses ?? []).map((p) => ({ from: p.from, ...(p.to ? { to: p.to } : {}) })),
    ...(record.concludedAt ? { concludedAt: record.concludedAt } : {}),
    promisedDays: promisedDaysOf(record),
    ...(deemedAt ? { deemedAt } : {}),
    ...(chase ? { chase: { at: chase.at, ...(chase.note ? { note: chase.note } : {}) } } : {}),
    updatedAt: record.updatedAt,
  };
}

const OPTIONAL_FIELDS = ['acceptedAt', 'concludedAt', 'deemedAt', 'chase'] as const;

/**
 * Brings the projection of `record` (as stored after a write) up to date, and records in `case_days`
 * (case-days.ts) what this write did for the first time: the conclusion (办结) and the deemed acceptance —
 * "for the first time" read from the projection as it was before. Called after the write, under the case's
 * lease, before its change tokens move.
 */
export async function projectCase(conn: Connection, record: ApplicationRecord): Promise<void> {
  const OpenCases = openCaseModel(conn);
  const id = record._id.toHexString();
  const open = openCaseOf(record);
  let before: Pick<OpenCaseRecord, 'concludedAt' | 'deemedAt'> | null;
  if (open) {
    const $unset = Object.fromEntries(OPTIONAL_FIELDS.filter((f) => open[f] === undefined).map((f) => [f, 1]));
    const { _id: _ignored, ...fields } = open;
    before = await OpenCases.findOneAndUpdate(
      { _id: id },
      { $set: fields, ...(Object.keys($unset).length ? { $unset } : {}) },
      { upsert: true, new: false },
    ).lean<OpenCaseRecord>();
  } else {
    before = await OpenCases.findOneAndDelete({ _id: id }).lean<OpenCaseRecord>();
  }
  if (record.concludedAt && !before?.concludedAt) await recordConcluded(conn, record);
  const deemedAt = deemedAtOf(record);
  if (deemedAt && !before?.deemedAt) await recordDeemed(conn, record, deemedAt);
}
