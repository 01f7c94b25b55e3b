import { Schema, type Connection } from 'mongoose';
import { type ItemInput } from '@onetrip/shared';
import { editorSchema } from './editor';
import { type HistoryRecord } from './versioned-write';

/**
 * Append-only history of item guides: a case keeps the guide version it was
 * started under, whatever the catalog says later. Written before the item
 * itself, under the item's lease (versioned-write.ts); `(code, version)` is unique.
 */
const itemVersionSchema = new Schema<HistoryRecord<ItemInput>>(
  {
    code: { type: String, required: true },
    version: { type: Number, required: true },
    /** the validated ItemInput as it was published */
    guide: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
    /** who published it (an admin, or the system for the seed); null on records from before it was kept */
    by: { type: editorSchema, default: null },
  },
  { collection: 'item_versions', versionKey: false, minimize: false },
);
itemVersionSchema.index({ code: 1, version: 1 }, { unique: true });

export type ItemVersionDoc = HistoryRecord<ItemInput>;

export function itemVersionModel(conn: Connection) {
  return conn.model('ItemVersion', itemVersionSchema);
}
