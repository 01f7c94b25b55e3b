import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import {
  FEE_DUES,
  FIELD_TYPES,
  ITEM_KINDS,
  MATERIAL_CATEGORIES,
  MATERIAL_FORMATS,
  MATERIAL_SATISFIED_BY,
  PROFILE_BINDINGS,
} from '@onetrip/shared';

// Sub-documents carry no _id and optional arrays no default, so a stored guide
// reads back exactly as the validated ItemInput that was written.
const sub = { _id: false, versionKey: false } as const;

/** A reference to a catalog file (样表, 空白表格, 结果样本): absent unless given. */
const fileRef = { type: new Schema({ id: String, name: String }, sub), default: undefined };

const materialSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    category: { type: String, enum: MATERIAL_CATEGORIES, required: true },
    required: { type: Boolean, required: true },
    gapAllowed: { type: Boolean, required: true },
    formats: { type: [{ type: String, enum: MATERIAL_FORMATS }] },
    sample: { type: String },
    sampleFile: fileRef,
    blankForm: fileRef,
    satisfiedBy: { type: String, enum: MATERIAL_SATISFIED_BY },
    licenceTypes: { type: [String], default: undefined },
    /** 分面上传: the sides to photograph one by one */
    slots: {
      type: [new Schema({ key: String, label: String, sampleFile: fileRef }, sub)],
      default: undefined,
    },
  },
  sub,
);

const fieldSchema = new Schema(
  {
    key: { type: String, required: true },
    label: { type: String, required: true },
    type: { type: String, enum: FIELD_TYPES, required: true },
    required: { type: Boolean, required: true },
    rules: new Schema({ minLength: Number, maxLength: Number, min: Number, max: Number, pattern: String }, sub),
    options: { type: [new Schema({ value: String, label: String }, sub)], default: undefined },
    profile: { type: String, enum: PROFILE_BINDINGS },
    hint: { type: String },
  },
  sub,
);

/** The published guide of an item plus what search and caching need. */
const itemSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    department: { type: String, required: true, index: true },
    kind: { type: String, enum: ITEM_KINDS, required: true },
    legalBasis: { type: String, required: true },
    conditions: { type: [String] },
    materials: { type: [materialSchema] },
    form: { fields: { type: [fieldSchema] } },
    process: { type: [String] },
    legalDays: { type: Number, required: true },
    promisedDays: { type: Number, required: true },
    fee: {
      amount: { type: Number, required: true },
      basis: { type: String },
      /** 提交时 / 审批通过后 / 出证前 (absent on guides stored before dues: read as submit) */
      due: { type: String, enum: FEE_DUES },
    },
    delivery: {
      window: { type: Boolean, required: true },
      express: { type: Boolean, required: true },
      expressFee: { type: Number, required: true },
      /** 电子送达 (absent on guides stored before it: read as false) */
      electronic: { type: Boolean },
    },
    windows: { type: [new Schema({ hall: String, number: String }, sub)] },
    trips: { type: Number, enum: [0, 1], required: true, index: true },
    /** 电子证照: the licence type the issued certificate becomes */
    licence: {
      type: new Schema({ type: { type: String, required: true }, validYears: Number }, sub),
      default: undefined,
    },
    /** 容缺受理 / 告知承诺: the 承诺书 the applicant signs */
    commitment: {
      type: new Schema({ text: String, gapDays: Number, issueBeforeGaps: Boolean }, sub),
      default: undefined,
    },
    /** 咨询电话 */
    consultationPhone: { type: String },
    /** 结果样本 */
    resultSample: fileRef,
    /** 1 on create, +1 on every change of the guide; guarded on write. */
    version: { type: Number, required: true, min: 1 },
    /** sha256 of the canonical guide, so an unchanged PUT or re-seed is a no-op. */
    contentHash: { type: String, required: true },
    /** Ranking for lists (popular first); not part of the guide, so not versioned. */
    popularity: { type: Number, required: true, default: 0, index: true },
    /** 老年优待证办理 → lnydzbl */
    pinyinInitials: { type: String, required: true, index: true },
    /** 老年优待证办理 → laonianyoudaizhengbanli; also the name order of lists. */
    pinyin: { type: String, required: true, index: true },
  },
  { collection: 'items', timestamps: true, versionKey: false },
);

export type ItemDoc = InferSchemaType<typeof itemSchema>;

export function itemModel(conn: Connection) {
  return conn.model('Item', itemSchema);
}
