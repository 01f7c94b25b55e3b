import { Schema, type Connection } from 'mongoose';
import { type CatalogEditor } from '@onetrip/shared';
import { editorSchema } from './editor';

export interface ItemDraftDoc {
  /** the item's code: one draft per item, shared by the admins */
  _id: string;
  /** the guide being edited, as the console sent it (checked only for keys and depth) */
  guide: Record<string, unknown>;
  savedAt: Date;
  by: CatalogEditor;
}

/**
 * An item's guide as an admin is editing it, before it is published (drafts
 * are not versions; publishing one writes the next version and removes it).
 * Written under the draft's lease (draft.service.ts).
 */
const itemDraftSchema = new Schema<ItemDraftDoc>(
  {
    _id: { type: String, required: true },
    guide: { type: Schema.Types.Mixed, required: true },
    savedAt: { type: Date, required: true },
    by: { type: editorSchema, required: true },
  },
  { collection: 'item_drafts', versionKey: false, minimize: false },
);

export function itemDraftModel(conn: Connection) {
  return conn.model('ItemDraft', itemDraftSchema);
}
