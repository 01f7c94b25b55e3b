import { Schema, type Connection, type Model } from 'mongoose';
import { CASE_STATUSES, DELIVERY_METHODS, FEE_DUES, MATERIAL_CATEGORIES, MATERIAL_SATISFIED_BY } from '@onetrip/shared';
import { outboxEntrySchema } from './case-outbox.schema';
import { shipmentSchema } from './shipment.schema';
import { authorizationSchema, stationSchema } from './authorization.model';
import { type ApplicationRecord } from './application.types';
import { caseChanged, caseToken, touchesQueues } from './case-tokens';
import { bumpTokens } from '../../lib/change-tokens';

export type * from './application.types';

// Sub-documents carry no _id: a case is read and written as one document.
const sub = { _id: false, versionKey: false } as const;

/** A verified person as the case knows them: ID and phone only as ciphertext plus keyed hash. */
const applicantSchema = new Schema(
  {
    name: { type: String, required: true },
    idNumberEnc: { type: String, required: true },
    idNumberHash: { type: String, required: true },
    phoneEnc: { type: String, required: true },
    phoneHash: { type: String, required: true, index: true },
  },
  sub,
);

/** One item of the case, under the guide version it was started with. */
const caseItemSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    department: { type: String, required: true, index: true },
    status: { type: String, enum: ['pending', 'approved', 'denied'], required: true, default: 'pending' },
    guideVersion: { type: Number, required: true },
    promisedDays: { type: Number, required: true },
    fee: { type: Number, required: true },
    /** when the guide version asked its fee (rules/fees.ts); absent on cases from before dues: submit */
    feeDue: { type: String, enum: FEE_DUES },
    expressFee: { type: Number, required: true },
    delivery: {
      window: { type: Boolean, required: true },
      express: { type: Boolean, required: true },
      electronic: { type: Boolean },
    },
    /** 电子证照: the licence the guide says the issued certificate becomes */
    licence: {
      type: new Schema({ type: { type: String, required: true }, validYears: Number }, sub),
      default: undefined,
    },
    /** this item's own certificate number (issue) */
    certificateNo: { type: String },
    /** the denial's reason, or the earlier chain item whose denial ended it */
    denyReason: { type: String },
    /** 容缺受理 / 告知承诺: the guide's commitment terms */
    commitment: {
      type: new Schema(
        {
          text: { type: String, required: true },
          gapDays: { type: Number, required: true },
          issueBeforeGaps: { type: Boolean, required: true },
        },
        sub,
      ),
      default: undefined,
    },
  },
  sub,
);

/** The signed 承诺书 (commitment.service.ts). */
const commitmentSchema = new Schema(
  {
    signedAt: { type: Date, required: true },
    how: { type: String, enum: ['app', 'paper'], required: true },
    by: { role: { type: String, required: true }, userId: { type: String, required: true }, name: String },
    uploadId: { type: String },
    texts: { type: [new Schema({ itemName: String, text: String }, sub)], default: [] },
  },
  sub,
);

/** One department's post-check (核查) of a 告知承诺 case. */
const checkSchema = new Schema(
  {
    department: { type: String, required: true },
    result: { type: String, enum: ['confirmed', 'false_promise'], required: true },
    note: { type: String },
    by: { type: String, required: true },
    at: { type: Date, required: true },
  },
  sub,
);

/** An electronic licence attached to a material (电子证照): a snapshot of it, with its origin. */
const attachedLicenceSchema = new Schema(
  {
    id: { type: String, required: true },
    type: { type: String, required: true },
    number: { type: String, required: true },
    issuer: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    validUntil: { type: Date },
    caseId: { type: String, required: true },
    caseNumber: { type: String, required: true },
  },
  sub,
);

/** A catalog file (示例图) as a case's material refers to it. */
const caseFileRefSchema = new Schema(
  { id: { type: String, required: true }, name: { type: String, required: true } },
  sub,
);

/** 分面上传: one side or page of a material, from the guide at creation. */
const materialSlotSchema = new Schema(
  {
    key: { type: String, required: true },
    label: { type: String, required: true },
    sampleFile: { type: caseFileRefSchema, default: undefined },
  },
  sub,
);

const caseMaterialSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    category: { type: String, enum: MATERIAL_CATEGORIES, required: true },
    required: { type: Boolean, required: true },
    gapAllowed: { type: Boolean, required: true },
    formats: { type: [String], required: true },
    itemCodes: { type: [String], required: true },
    uploadIds: { type: [String], default: [] },
    /** 分面上传: the guide's slots at creation, and the slot each file fills */
    slots: { type: [materialSlotSchema], default: undefined },
    uploadSlots: {
      type: [new Schema({ uploadId: { type: String, required: true }, slot: { type: String, required: true } }, sub)],
      default: undefined,
    },
    /** the guide's 拍照要求 and 示例图 at creation, for the upload step */
    sample: { type: String },
    sampleFile: { type: caseFileRefSchema, default: undefined },
    /** 材料免提交: copied from the guide at creation (see held.ts) */
    satisfiedBy: { type: String, enum: MATERIAL_SATISFIED_BY },
    /** the licence types that can stand for it, from the guide */
    licenceTypes: { type: [String], default: undefined },
    licence: { type: attachedLicenceSchema, default: undefined },
    /** 原件核验 at the counter: by whom (clerk's user id) and when */
    originalCheck: {
      type: new Schema({ by: { type: String, required: true }, at: { type: Date, required: true } }, sub),
      default: undefined,
    },
  },
  sub,
);

/** A walk-in's case started at a counter (柜台受理; counter module). */
const counterSchema = new Schema(
  {
    hall: { type: String, default: '' },
    clerkId: { type: String, required: true },
    personId: { type: String, required: true },
    startedAt: { type: Date, required: true },
  },
  sub,
);

const deliverySchema = new Schema(
  {
    method: { type: String, enum: DELIVERY_METHODS, required: true },
    /** snapshot of the chosen address at the time it was chosen; phone encrypted */
    address: {
      type: new Schema({ name: String, phoneEnc: String, region: [String], detail: String, postcode: String }, sub),
      default: undefined,
    },
  },
  sub,
);

/** Decided by the payments module, written through the case's transitions (see README.md). */
const paymentSchema = new Schema(
  {
    id: { type: String, required: true },
    outTradeNo: { type: String, required: true },
    amount: { type: Number, required: true },
    status: { type: String, enum: ['unpaid', 'paid', 'closed', 'refunding', 'refunded'], required: true },
    prepayId: { type: String },
    paidAt: { type: Date },
    /** WeChat Pay's transaction id, stored with the paid transition itself */
    transactionId: { type: String },
  },
  sub,
);

const timelineEventSchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: {
      role: { type: String, required: true },
      userId: { type: String },
      /** an agent's station, so the timeline says where the agent acted from */
      station: { type: stationSchema, default: undefined },
    },
    action: { type: String, required: true },
    note: { type: String },
  },
  sub,
);

const noticeSchema = new Schema(
  {
    id: { type: String, required: true },
    at: { type: Date, required: true },
    problems: {
      type: [new Schema({ materialCode: String, field: String, reason: { type: String, required: true } }, sub)],
    },
  },
  sub,
);

/**
 * A case (办件). `ownerId` is the resident it is for; `submittedBy` who
 * started it (the resident, or an agent acting for them), kept apart so
 * agents can apply for others. Every change is a version-guarded update
 * that bumps `version`, written only through case-write.ts (see README.md).
 */
const applicationSchema = new Schema(
  {
    number: { type: String, unique: true, sparse: true },
    version: { type: Number, required: true, default: 1 },
    status: { type: String, enum: CASE_STATUSES, required: true, default: 'draft', index: true },
    /** a user id, or `unverified:<idNumberHash>` (an agent's case for someone not verified yet; case-owner.ts) */
    ownerId: { type: String, required: true },
    applicant: { type: applicantSchema, default: null },
    submittedBy: {
      role: { type: String, required: true },
      userId: { type: String, required: true, index: true },
      /** an agent's name and station at creation: shown to the resident and on the authorization */
      name: { type: String },
      station: { type: stationSchema, default: undefined },
    },
    chain: { type: new Schema({ code: String, name: String }, sub), default: undefined },
    items: { type: [caseItemSchema], required: true },
    /** merged fields of the kept guide versions (FormField[] as in the catalog) */
    form: { fields: { type: [Schema.Types.Mixed], default: [] } },
    /** form values by field key; idNumber/phone values encrypted (`v1.` ciphertext) */
    data: { type: Schema.Types.Mixed, default: () => ({}) },
    materials: { type: [caseMaterialSchema], default: [] },
    delivery: { type: deliverySchema, default: null },
    fee: {
      items: { type: Number, required: true },
      express: { type: Number, required: true },
      total: { type: Number, required: true },
    },
    payment: { type: paymentSchema, default: null },
    timeline: { type: [timelineEventSchema], default: [] },
    notices: { type: [noticeSchema], default: [] },
    /** first submission (staff module: queues, §32 acceptance clock) */
    submittedAt: { type: Date },
    /** the id of the Idempotency-Key whose submit wrote this case's number: the outcome, stored with the effect */
    submitKey: { type: String },
    acceptedAt: { type: Date },
    /** times the clock stood still waiting for the resident: one per supplement notice, closed on resubmit */
    pauses: { type: [new Schema({ from: { type: Date, required: true }, to: { type: Date } }, sub)], default: [] },
    /** gapAllowed material codes accepted while missing (容缺受理); each leaves when the resident uploads it */
    gaps: { type: [String], default: [] },
    /** window pick-up code, encrypted (app.pii): only the applicant and the submitting agent see it */
    pickupCodeEnc: { type: String },
    certificateNo: { type: String },
    rejectReason: { type: String },
    /** a chain case: the lead department's go-on/stop decision after a denied item (chain-inputs.ts) */
    chainDecision: {
      type: new Schema(
        {
          goOn: { type: Boolean, required: true },
          reason: { type: String },
          at: { type: Date, required: true },
          by: { type: String, required: true },
          covers: { type: [String], required: true },
        },
        sub,
      ),
      default: undefined,
    },
    /** the decision is final (issued, or denied): the time limit stops here */
    concludedAt: { type: Date },
    completedAt: { type: Date },
    /** the last chase (催办) of the centre's supervision (supervision module; case-chase.ts) */
    chase: {
      type: new Schema(
        {
          at: { type: Date, required: true },
          by: { type: String, required: true },
          note: { type: String },
          status: { type: String, enum: CASE_STATUSES, required: true },
        },
        sub,
      ),
      default: undefined,
    },
    /** notifications waiting to be sent (written with the change they report; notifications module) */
    outbox: { type: [outboxEntrySchema], default: [] },
    /** express delivery, from the staff's express issue on (shipment.schema.ts; couriers: shipments module) */
    shipment: { type: shipmentSchema, default: undefined },
    /** an agent's case: the resident's authorization (authorizations module); absent on residents' own cases */
    authorization: { type: authorizationSchema, default: undefined },
    /** a walk-in's case started at a counter (counter module); absent otherwise */
    counter: { type: counterSchema, default: undefined },
    /** the day (YYYY-MM-DD) the gaps are due by; the day a reminder went out for */
    gapsDue: { type: String },
    gapsReminded: { type: String },
    commitment: { type: commitmentSchema, default: undefined },
    /** query key: departments still to check the 告知承诺 materials (核查 list) */
    checkDepartments: { type: [String], default: undefined },
    checks: { type: [checkSchema], default: undefined },

    /**
     * Query keys kept beside the fields they come from (set on every save and by the writers of
     * those fields), because the local database only uses an index for a top-level equality:
     * the departments of the items (staff queues), the agent who started the case (the agent's
     * list), whether an outbox entry still waits (the notification worker).
     */
    departments: { type: [String], default: [] },
    agentId: { type: String },
    outboxPending: { type: Boolean, default: false },

    /** the single-use rating link texted at completion: its keyed hash and expiry only (rate-link.ts) */
    ratingLink: {
      type: new Schema({ hash: { type: String, required: true }, expiresAt: { type: Date, required: true } }, sub),
      default: undefined,
    },
  },
  { collection: 'applications', timestamps: true, versionKey: false, minimize: false },
);
// Every everyday query starts with an equality on the first key of one of these (docs/decisions.md).
applicationSchema.index({ ownerId: 1, updatedAt: -1 });
applicationSchema.index({ agentId: 1, updatedAt: -1 });
applicationSchema.index({ departments: 1, status: 1 });
applicationSchema.index({ status: 1, submittedAt: 1 });
applicationSchema.index({ outboxPending: 1 });
// Couriers list their company's shipments and open one by its id (shipments module).
applicationSchema.index({ 'shipment.courierCompany': 1, 'shipment.status': 1 });
applicationSchema.index({ 'shipment.id': 1 });
// The gap reminder job reads the cases whose gaps fall due on a day; a department's 核查 list.
applicationSchema.index({ gapsDue: 1 });
applicationSchema.index({ checkDepartments: 1 });
// GET /authorizations/:id finds the case by its authorization's id.
applicationSchema.index({ 'authorization.id': 1 });
// GET/POST /rate/:token find the case by the hash of the texted token (evaluations module).
applicationSchema.index({ 'ratingLink.hash': 1 });

applicationSchema.pre('validate', function deriveQueryKeys() {
  this.set('departments', [...new Set(this.get('items').map((i: { department: string }) => i.department))]);
  if (this.get('submittedBy.role') === 'agent') this.set('agentId', this.get('submittedBy.userId'));
  if (this.get('outbox').some((e: { status: string }) => e.status === 'pending' || e.status === 'sending')) {
    this.set('outboxPending', true);
  }
});

// Every write of a case replaces its change tokens before the write's caller goes on (case-tokens.ts).
applicationSchema.post('save', async function tokensAfterCreate() {
  await caseChanged(this.db, this.toObject<ApplicationRecord>(), false);
});
applicationSchema.post('findOneAndUpdate', async function tokensAfterChange(res: ApplicationRecord | null) {
  if (res) await caseChanged(this.model.db, res, touchesQueues(this.getUpdate()));
});
applicationSchema.post('updateOne', async function tokenAfterBookkeeping() {
  const id = (this.getFilter() as { _id?: unknown })._id;
  if (id) await bumpTokens(this.model.db, [caseToken(String(id))]);
});

export function applicationModel(conn: Connection): Model<ApplicationRecord> {
  // Compiling the same schema again on a connection returns the existing model.
  return conn.model<ApplicationRecord>('Application', applicationSchema);
}
