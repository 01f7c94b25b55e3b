import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** The one record of the centre's hall settings: its `_id`. */
export const HALL_SETTINGS_ID = 'hall';
/** The one record of the centre's name, address and phone as its printed papers show them: its `_id`. */
export const CENTRE_CONTACT_ID = 'centre';
/** The agent stations the admin keeps (`PUT /admin/config/stations`). */
export const STATIONS_ID = 'stations';
/** The courier companies the admin keeps (`PUT /admin/config/courier-companies`). */
export const COURIER_COMPANIES_ID = 'courier-companies';

const keptStationSchema = new Schema(
  { town: { type: String, required: true }, village: { type: String, required: true } },
  { _id: false },
);

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
    /** the `stations` record: the agent stations (代办服务站点), in the admin's order */
    stations: { type: [keptStationSchema], default: undefined },
    /** the `courier-companies` record: the courier companies the centre works with */
    companies: { type: [String], default: undefined },
    version: { type: Number, required: true, default: 0 },
  },
  { collection: 'centre_settings', timestamps: true, versionKey: false },
);

export type CentreSettingsRecord = InferSchemaType<typeof centreSettingsSchema> & { _id: string };

export function centreSettingsModel(conn: Connection) {
  return conn.model('CentreSettings', centreSettingsSchema);
}
