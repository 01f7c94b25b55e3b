import { Schema, type Connection, type Types } from 'mongoose';
import { type ReceiptKind } from '@onetrip/shared';

/**
 * The counter's register of people served in person (`counter_persons`): a
 * walk-in may have no WeChat account, so the counter keeps their name, ID and
 * phone (ciphertext plus keyed hash) itself. Found by the keyed hash of the
 * ID number (unique index: one entry per person, a unique insert decides a
 * race), never by a scan; opened by `_id`.
 */
export interface PersonRecord {
  _id: Types.ObjectId;
  name: string;
  idNumberEnc: string;
  idNumberHash: string;
  phoneEnc: string;
  phoneHash: string;
  /** where the entry came from: typed at the counter, or copied from a verified WeChat profile on lookup */
  source: 'counter' | 'wechat';
  /** the clerk who registered (or last updated) the person, and their hall */
  registeredBy: { userId: string; hall: string };
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const personSchema = new Schema(
  {
    name: { type: String, required: true },
    idNumberEnc: { type: String, required: true },
    idNumberHash: { type: String, required: true, unique: true },
    phoneEnc: { type: String, required: true },
    phoneHash: { type: String, required: true },
    source: { type: String, enum: ['counter', 'wechat'], required: true },
    registeredBy: { userId: { type: String, required: true }, hall: { type: String, default: '' } },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'counter_persons', timestamps: true, versionKey: false },
);

export const personModel = (conn: Connection) => conn.model<PersonRecord>('CounterPerson', personSchema);

/**
 * A receipt texted to the person (`counter_receipt_links`): `_id` is the keyed
 * hash of the token (never the token), so the public download reads it by
 * `_id`. `noticeId` pins the one-time notice a 一次性告知书 link shows.
 */
export interface ReceiptLinkRecord {
  _id: string;
  caseId: string;
  kind: ReceiptKind;
  noticeId?: string | null;
  expiresAt: Date;
  createdBy: string;
  createdAt: Date;
}

const receiptLinkSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    kind: { type: String, enum: ['acceptance', 'notice'], required: true },
    noticeId: { type: String, default: null },
    expiresAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'counter_receipt_links', versionKey: false },
);

export const receiptLinkModel = (conn: Connection) =>
  conn.model<ReceiptLinkRecord>('CounterReceiptLink', receiptLinkSchema);

export const COUNTER_MODELS = [personModel, receiptLinkModel] as const;
