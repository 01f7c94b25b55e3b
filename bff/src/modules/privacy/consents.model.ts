import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { CONSENT_PURPOSES } from '@onetrip/shared';

/**
 * One choice of a person: they agreed to (or withdrew) a purpose's texts of one version, at
 * one time. Insert-only: the records are the proof of what was agreed, so they are kept after
 * the account is deleted (they name the account's id only, no personal data).
 */
const consentSchema = new Schema(
  {
    userId: { type: String, required: true, index: true },
    purpose: { type: String, enum: CONSENT_PURPOSES, required: true },
    version: { type: String, required: true },
    action: { type: String, enum: ['agreed', 'withdrawn'], required: true },
    at: { type: Date, required: true },
  },
  { collection: 'consents', versionKey: false },
);

export type ConsentRecord = InferSchemaType<typeof consentSchema> & { _id: Types.ObjectId };

export function consentModel(conn: Connection) {
  return conn.model('Consent', consentSchema);
}
