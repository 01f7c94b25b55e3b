import { Schema, type Connection, type Model } from 'mongoose';

/**
 * 电子证照: a certificate the centre issued, held for the applicant of the
 * issuing case. `_id` is `<caseId>.<itemCode>`: the issue of one item writes it
 * once however often it is retried (`insertUnique`).
 */
export interface LicenceRecord {
  _id: string;
  /** the issuing case's owner (a user id or `unverified:<hash>`, see case-owner.ts) */
  ownerId: string;
  /** the keyed hash of the applicant's ID number: whose licence it is, whichever owner key they hold */
  personHash: string;
  type: string;
  number: string;
  /** the issuing department */
  issuer: string;
  issuedAt: Date;
  validUntil?: Date;
  caseId: string;
  caseNumber: string;
  itemCode: string;
}

const licenceSchema = new Schema<LicenceRecord>(
  {
    _id: { type: String, required: true },
    ownerId: { type: String, required: true },
    // The one read of a person's licences is an equality on it.
    personHash: { type: String, required: true, index: true },
    type: { type: String, required: true },
    number: { type: String, required: true },
    issuer: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    validUntil: { type: Date },
    caseId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    itemCode: { type: String, required: true },
  },
  { collection: 'licences', versionKey: false, timestamps: { createdAt: true, updatedAt: false } },
);

export function licenceModel(conn: Connection): Model<LicenceRecord> {
  return conn.model<LicenceRecord>('Licence', licenceSchema);
}
