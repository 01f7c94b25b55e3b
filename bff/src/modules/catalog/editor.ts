import { type FastifyRequest } from 'fastify';
import { Schema } from 'mongoose';
import { type CatalogEditor } from '@onetrip/shared';
import { currentUserOf } from '../users';

/** How an editor is stored beside a draft or a version: a copy, so a later rename does not rewrite history. */
export const editorSchema = new Schema(
  { userId: { type: String, required: true }, name: { type: String, required: true } },
  { _id: false, versionKey: false },
);

/** What an admin without a real-name profile is called in the console. */
const UNNAMED_ADMIN = '管理员';

/**
 * The admin behind a request (the record `requireRole('admin')` read): their
 * id and the name of their verified profile, in full — the console is for
 * the centre's own staff, who need to know which colleague changed a guide.
 */
export function editorOf(request: FastifyRequest): CatalogEditor {
  const user = currentUserOf(request);
  return { userId: user._id.toHexString(), name: user.profile?.name ?? UNNAMED_ADMIN };
}

/** A stored editor as the console shows it; null for records from before editors were kept. */
export function storedEditor(stored: { userId?: unknown; name?: unknown } | null | undefined): CatalogEditor | null {
  return typeof stored?.userId === 'string' && typeof stored.name === 'string'
    ? { userId: stored.userId, name: stored.name }
    : null;
}
