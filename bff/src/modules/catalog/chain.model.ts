import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** 一链办理: an ordered set of items applied for with one form and one set of materials. */
const chainSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    leadDepartment: { type: String, required: true, index: true },
    /** item codes in the order they are handled */
    items: { type: [String] },
    description: { type: String },
    version: { type: Number, required: true, min: 1 },
    contentHash: { type: String, required: true },
    pinyinInitials: { type: String, required: true, index: true },
    pinyin: { type: String, required: true, index: true },
  },
  { collection: 'chains', timestamps: true, versionKey: false },
);

export type ChainDoc = InferSchemaType<typeof chainSchema>;

export function chainModel(conn: Connection) {
  return conn.model('Chain', chainSchema);
}
