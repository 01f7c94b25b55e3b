import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { QR_KINDS } from '@onetrip/shared';

/** A short token printed as a QR code (or wxacode `scene`) and what it opens. */
const qrcodeSchema = new Schema(
  {
    /** ≤ 32 characters of [A-Za-z0-9_-], so it fits a mini-program code's scene */
    token: { type: String, required: true, unique: true },
    kind: { type: String, enum: QR_KINDS, required: true },
    target: { type: String, required: true, index: true },
    /** user id of the admin, or `system` for seeded and generated codes */
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: 'qrcodes', versionKey: false },
);

export type QrcodeDoc = InferSchemaType<typeof qrcodeSchema>;

export function qrcodeModel(conn: Connection) {
  return conn.model('Qrcode', qrcodeSchema);
}
