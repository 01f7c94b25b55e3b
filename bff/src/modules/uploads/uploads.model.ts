import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';

export const UPLOAD_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type UploadMime = (typeof UPLOAD_MIMES)[number];

/**
 * One uploaded file of one user. The bytes live in the storage (content-addressed
 * by `sha256`, see lib/storage); several documents may share one stored file.
 * `name` is for display only and is never used as a path.
 */
const uploadSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    mime: { type: String, enum: UPLOAD_MIMES, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true, index: true },
    storageKey: { type: String, required: true },
    /** the stored file is encrypted; absent on uploads from before encryption at rest until housekeeping encrypts it */
    sealed: { type: Boolean },
    /** the Beijing date it was stored (YYYY-MM-DD), for the day's quota by equality; absent on older uploads */
    day: { type: String },
    /** ids of the cases that use this upload; while non-empty it cannot be deleted */
    usedBy: { type: [Schema.Types.ObjectId], default: [] },
  },
  { collection: 'uploads', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

export type UploadRecord = InferSchemaType<typeof uploadSchema> & {
  _id: Types.ObjectId;
  mime: UploadMime;
  createdAt: Date;
};

export function uploadModel(conn: Connection) {
  return conn.model('Upload', uploadSchema);
}
