import { Schema, type Connection } from 'mongoose';
import { type ChainInput } from '@onetrip/shared';
import { editorSchema } from './editor';
import { type HistoryRecord } from './versioned-write';

/** Append-only history of chains; written under the chain's lease, before the chain (versioned-write.ts). */
const chainVersionSchema = new Schema<HistoryRecord<ChainInput>>(
  {
    code: { type: String, required: true },
    version: { type: Number, required: true },
    /** the validated ChainInput as it was published */
    guide: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
    /** who published it (an admin, or the system for the seed); null on records from before it was kept */
    by: { type: editorSchema, default: null },
  },
  { collection: 'chain_versions', versionKey: false, minimize: false },
);
chainVersionSchema.index({ code: 1, version: 1 }, { unique: true });

export function chainVersionModel(conn: Connection) {
  return conn.model('ChainVersion', chainVersionSchema);
}
