import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** The one record of the centre's hall settings: its `_id`. */
export const HALL_SETTINGS_ID = 'hall';
/** The one record of the centre's name, address and phone as its printed papers show them: its `_id`. */
export const CENTRE_CONTACT_ID = 'centre';

/**
 * Settings of the centre an admin changes (one record per group, by `_id`), kept beside what
 * `GET /admin/config` lists. A missing record means the defaults.
 */
const centreSettingsSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** 受审分离: the staff member who accepted a case may not approve or deny its items */
    separateAcceptanceFromApproval: { type: Boolean, required: true, default: true },
    /** the `centre` record: the centre's name, street address and consultation line (receipts of the counter) */
    name: { type: String },
    address: { type: String },
    phone: { type: String },
    version: { type: Number, required: true, default: 0 },
  },
  { collection: 'centre_settings', timestamps: true, versionKey: false },
);

export type CentreSettingsRecord = InferSchemaType<typeof centreSettingsSchema> & { _id: string };

export function centreSettingsModel(conn: Connection) {
  return conn.model('CentreSettings', centreSettingsSchema);
}
