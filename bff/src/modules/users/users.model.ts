import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { ROLES, STAFF_KINDS } from '@onetrip/shared';

const stationSchema = new Schema(
  { town: { type: String, required: true }, village: { type: String, required: true } },
  { _id: false },
);

/** The verified identity of a person. ID and phone numbers only as ciphertext plus keyed hash. */
const profileSchema = new Schema(
  {
    name: { type: String, required: true },
    idNumberEnc: { type: String, required: true },
    idNumberHash: { type: String, required: true },
    phoneEnc: { type: String, required: true },
    phoneHash: { type: String, required: true },
    /**
     * `138****1234`, as the console shows it: the admin's people search matches it by equality (a
     * keyed hash cannot be matched on part of a number). Written with the phone; profiles stored
     * before it are given one by `backfillPhoneMasks`.
     */
    phoneMasked: { type: String },
    verified: { type: Boolean, required: true, default: false },
    verifiedAt: { type: Date },
  },
  { _id: false },
);

/**
 * A person using OneTrip, found by their WeChat identity: unionid first,
 * else the openid of the platform they logged in on. `unique + sparse`
 * keeps identities unique where present on MongoDB; FerretDB ignores
 * `sparse` but lets missing values repeat in a unique index anyway.
 */
const userSchema = new Schema(
  {
    unionid: { type: String, unique: true, sparse: true },
    weappOpenid: { type: String, unique: true, sparse: true },
    h5Openid: { type: String, unique: true, sparse: true },
    /** WeChat session_key, encrypted; never in a response or a log line. */
    sessionKeyEnc: { type: String },
    roles: { type: [{ type: String, enum: ROLES }], default: ['resident'] },
    activeRole: { type: String, enum: ROLES },
    department: { type: String, index: true },
    /** staff only: what they do (absent = `department`) and, for the hall-wide kinds, their hall */
    staffKind: { type: String, enum: STAFF_KINDS },
    hall: { type: String },
    /** a department window's head (部门负责人): the supervision's daily summary and chases go to them */
    departmentHead: { type: Boolean, index: true },
    station: { type: stationSchema, default: undefined },
    courierCompany: { type: String, index: true },
    profile: { type: profileSchema, default: undefined },
    /** Which of the user's addresses is the default: one field, so there is never a second default. */
    defaultAddressId: { type: Schema.Types.ObjectId },
    /**
     * 注销账号 (privacy module): when the person deleted the account. The record stays as a
     * tombstone (its id is the owner of the kept cases and consents) without any personal data or
     * WeChat identity; it can no longer sign in, and the next login with that WeChat is a new user.
     */
    deletedAt: { type: Date },
    /** Bumped by profile and role changes, which are guarded on it. */
    version: { type: Number, required: true, default: 0 },
  },
  { collection: 'users', timestamps: true, versionKey: false },
);
// One verified account per ID number (profiles are stored only once verified).
userSchema.index({ 'profile.idNumberHash': 1 }, { unique: true, sparse: true });
userSchema.index({ 'profile.phoneHash': 1 });
userSchema.index({ 'profile.phoneMasked': 1 });

export type UserRecord = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId };
export type UserProfile = NonNullable<UserRecord['profile']>;

export function usersModel(conn: Connection) {
  // Compiling the same schema again on a connection returns the existing model.
  return conn.model('User', userSchema);
}
