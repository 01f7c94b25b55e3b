import { type Connection } from 'mongoose';
import { type AdminItemView, type DraftSaved, type ItemGuide } from '@onetrip/shared';
import { documentKey, TIMING, tryWithLease, upsertById } from '../../lib/store';
import { recordAudit } from '../audit';
import { CatalogErrors } from './catalog.errors';
import { asDetails, draftProblems } from './draft-problems';
import { storedEditor } from './editor';
import { itemDraftModel, type ItemDraftDoc } from './item-draft.model';
import { loadItemGuide, putItem } from './item.service';
import { type PutOutcome } from './versioned-write';
import { type WriteContext } from './write-context';

type AdminWriter = WriteContext & Required<Pick<WriteContext, 'actor' | 'by'>>;

/**
 * Runs `fn` holding the draft of `code`: saving, removing and publishing a
 * draft never interleave, so a publish removes exactly the draft it
 * published. Another writer holding it past the wait → VERSION_CONFLICT.
 */
async function underDraftLease<T>(conn: Connection, code: string, fn: () => Promise<T>): Promise<T> {
  const done = await tryWithLease(
    conn,
    documentKey('item_drafts', code),
    async () => ({ value: await fn() }),
    TIMING.write,
  );
  if (!done) throw CatalogErrors.versionConflict();
  return done.value;
}

/**
 * PUT /admin/items/:code/draft: keeps `guide` (any object: an incomplete
 * guide is saved, with its problems) as the item's draft, replacing the one
 * before, whoever saved it; audited as `catalog.item.draft.save`. The item
 * need not exist yet. Outcome: when it was saved and what keeps it from
 * being published (empty: publishable).
 */
export async function saveDraft(
  conn: Connection,
  code: string,
  guide: Record<string, unknown>,
  writer: AdminWriter,
): Promise<DraftSaved> {
  const savedAt = new Date();
  await underDraftLease(conn, code, () =>
    upsertById(itemDraftModel(conn), code, { $set: { guide, savedAt, by: writer.by } }),
  );
  await recordAudit(conn, {
    actor: writer.actor,
    action: 'catalog.item.draft.save',
    target: code,
    requestId: writer.requestId,
  });
  const { problems } = await draftProblems(conn, guide);
  return { savedAt: savedAt.toISOString(), problems };
}

/** The published guide, or null when the item has never been published. */
async function publishedOrNull(conn: Connection, code: string): Promise<ItemGuide | null> {
  return loadItemGuide(conn, code).catch((err: unknown) => {
    if ((err as { code?: string }).code === 'NOT_FOUND') return null;
    throw err;
  });
}

/** GET /admin/items/:code: the published guide and the draft with its problems; NOT_FOUND when neither exists. */
export async function getAdminItem(conn: Connection, code: string): Promise<AdminItemView> {
  const [published, draft] = await Promise.all([
    publishedOrNull(conn, code),
    itemDraftModel(conn).findById(code).lean<ItemDraftDoc>(),
  ]);
  if (!published && !draft) throw CatalogErrors.itemNotFound();
  if (!draft) return { published, draft: null };
  const { problems } = await draftProblems(conn, draft.guide);
  return {
    published,
    draft: {
      guide: draft.guide,
      savedAt: draft.savedAt.toISOString(),
      // a draft always has its editor; the fallback only keeps a hand-edited record readable
      by: storedEditor(draft.by) ?? { userId: '', name: '' },
      problems,
    },
  };
}

/**
 * DELETE /admin/items/:code/draft: drops the draft (the published guide is
 * untouched); audited as `catalog.item.draft.delete` when there was one.
 * Deleting a draft that is not there is done already (no error).
 */
export async function deleteDraft(conn: Connection, code: string, writer: AdminWriter): Promise<void> {
  const { deletedCount } = await underDraftLease(conn, code, () => itemDraftModel(conn).deleteOne({ _id: code }));
  if (!deletedCount) return;
  await recordAudit(conn, {
    actor: writer.actor,
    action: 'catalog.item.draft.delete',
    target: code,
    requestId: writer.requestId,
  });
}

/**
 * POST /admin/items/:code/publish: the draft becomes the next version
 * (putItem: If-Match, VERSION_CONFLICT, audit and history as for PUT
 * /admin/items/:code, `by` the publishing admin) and the draft is removed.
 * NOT_FOUND without a draft; VALIDATION_FAILED with every problem of the
 * draft as details (nothing written, the draft kept).
 */
export async function publishDraft(
  conn: Connection,
  code: string,
  writer: AdminWriter,
): Promise<{ outcome: PutOutcome; guide: ItemGuide }> {
  return underDraftLease(conn, code, async () => {
    const draft = await itemDraftModel(conn).findById(code).lean<ItemDraftDoc>();
    if (!draft) throw CatalogErrors.draftNotFound();
    const { problems, guide } = await draftProblems(conn, draft.guide);
    if (!guide) throw CatalogErrors.draftInvalid(asDetails(problems));
    const put = await putItem(conn, code, guide, writer);
    await itemDraftModel(conn).deleteOne({ _id: code });
    return put;
  });
}
