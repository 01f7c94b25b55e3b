import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';

/** A delivery address of a user. The phone number only as ciphertext. */
const addressSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    phoneEnc: { type: String, required: true },
    region: { type: [String], required: true },
    detail: { type: String, required: true },
    postcode: { type: String },
  },
  { collection: 'addresses', timestamps: true, versionKey: false },
);

export type AddressRecord = InferSchemaType<typeof addressSchema> & { _id: Types.ObjectId };

export function addressesModel(conn: Connection) {
  return conn.model('Address', addressSchema);
}
