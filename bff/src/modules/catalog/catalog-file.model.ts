import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { CATALOG_FILE_TYPES } from '@onetrip/shared';
import { editorSchema } from './editor';

/**
 * A public document of the catalog (样表, 空白表格, 结果样本): stored like an
 * upload (lib/storage, encrypted at rest) but owned by nobody — no quota, no
 * sweep, never removed, since any published guide version may point to it.
 * `_id` is 24 hex digits: an ObjectId for an admin's upload, derived from the
 * document's description for the demo seed's (so its guides are the same on
 * every run).
 */
const catalogFileSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    contentType: { type: String, enum: CATALOG_FILE_TYPES, required: true },
    size: { type: Number, required: true },
    /** SHA-256 of the plaintext: checked on every read, and the ETag */
    sha256: { type: String, required: true },
    /** where lib/storage keeps it (catalog-file-store.ts) */
    storageKey: { type: String, required: true },
    /** images only, in pixels */
    width: { type: Number },
    height: { type: Number },
    /** the admin who uploaded it; null for the demo seed's */
    by: { type: editorSchema, default: null },
  },
  { collection: 'catalog_files', versionKey: false, timestamps: { createdAt: true, updatedAt: false } },
);

export type CatalogFileDoc = InferSchemaType<typeof catalogFileSchema> & { _id: string; createdAt: Date };

export function catalogFileModel(conn: Connection) {
  return conn.model('CatalogFile', catalogFileSchema);
}
