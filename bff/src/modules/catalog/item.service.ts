import mongoose, { type Connection, type Model } from 'mongoose';
import { type ItemGuide, type ItemInput, type ItemList, type ItemListQuery } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { CatalogErrors } from './catalog.errors';
import { missingFileRefs } from './catalog-file.service';
import { itemModel, type ItemDoc } from './item.model';
import { itemVersionModel, type ItemVersionDoc } from './item-version.model';
import { toItemGuide } from './item.mappers';
import { searchKeys } from './search';
import { cachedCatalog, catalogChanged } from './catalog-cache';
import { catalogIndex, searchItems } from './catalog-index';
import { contentHash, putVersioned, type PutOutcome, type VersionedStore } from './versioned-write';
import { type WriteContext } from './write-context';

type StoredItem = ItemDoc & { updatedAt: Date };

/**
 * GET /items: popular first, then by pinyin of the name. Always succeeds
 * (an empty page past the end). Answered from the catalog index in memory.
 */
export async function listItems(conn: Connection, query: ItemListQuery): Promise<ItemList> {
  return searchItems(await catalogIndex(conn), query);
}

/**
 * The guide of an item: the current one, or the given version (for a case
 * started under it). NOT_FOUND when the item or that version does not exist.
 */
export async function getItemGuide(conn: Connection, code: string, version?: number): Promise<ItemGuide> {
  return cachedCatalog(conn, `item:${code}@${version ?? 'current'}`, () => loadItemGuide(conn, code, version));
}

/** The guide as stored now (or at `version`), read from the database; errors as getItemGuide. */
export async function loadItemGuide(conn: Connection, code: string, version?: number): Promise<ItemGuide> {
  const item = await itemModel(conn).findOne({ code }).lean<StoredItem>();
  if (!item) throw CatalogErrors.itemNotFound();
  if (version === undefined || version === item.version) return toItemGuide(item);
  const past = await itemVersionModel(conn).findOne({ code, version }).lean<ItemVersionDoc>();
  if (!past) throw CatalogErrors.itemVersionNotFound();
  return { ...past.guide, code, version, updatedAt: past.at.toISOString() };
}

/** Items by code, in the order asked, skipping codes that do not exist. */
export async function findItems(conn: Connection, codes: string[]): Promise<StoredItem[]> {
  const docs = await itemModel(conn)
    .find({ code: mongoose.trusted({ $in: codes }) })
    .lean<StoredItem[]>();
  const byCode = new Map(docs.map((d) => [d.code, d]));
  return codes.flatMap((code) => byCode.get(code) ?? []);
}

/** The guide's optional top-level parts: a replace without one of them removes it. */
const OPTIONAL_PARTS = ['licence', 'commitment', 'consultationPhone', 'resultSample'] as const;

/** How an item guide is stored: the guide, its search keys and its content hash. */
function itemStore(conn: Connection): VersionedStore<ItemDoc, ItemInput> {
  return {
    model: itemModel(conn) as unknown as Model<ItemDoc>,
    history: itemVersionModel(conn),
    toContent: (guide) => ({
      ...guide,
      // null, not absent: a replace must clear what the new guide leaves out.
      ...Object.fromEntries(OPTIONAL_PARTS.map((part) => [part, guide[part] ?? null])),
      ...searchKeys(guide.name),
      contentHash: contentHash(guide),
    }),
  };
}

export interface PutItemOptions extends WriteContext {
  /** ranking in lists; kept as it is when not given */
  popularity?: number;
}

/**
 * PUT /admin/items/:code, publishing a draft, and the demo seed: creates or
 * replaces the guide. Outcomes: `created` (version 1), `replaced` (version +
 * 1), `unchanged` (same guide: no new version, no audit). Each new version is
 * appended to item_versions with who wrote it (`by`) and audited as
 * `catalog.item.put` when an actor is given. VALIDATION_FAILED naming each
 * reference to a catalog file that does not exist (nothing written).
 * VERSION_CONFLICT when If-Match is stale or another writer holds the
 * item past the wait (see putVersioned).
 */
export async function putItem(
  conn: Connection,
  code: string,
  input: ItemInput,
  options: PutItemOptions = {},
): Promise<{ outcome: PutOutcome; guide: ItemGuide }> {
  const missing = await missingFileRefs(conn, input);
  if (missing.length) throw CatalogErrors.unknownFiles(missing);
  const { outcome, doc } = await putVersioned(itemStore(conn), code, input, options);
  const stored = doc as StoredItem;
  const reranked = options.popularity !== undefined && options.popularity !== stored.popularity;
  if (reranked) {
    // Ranking is not part of the guide: no new version, no new updatedAt.
    await itemModel(conn).updateOne({ code }, { $set: { popularity: options.popularity } }, { timestamps: false });
  }
  // A new ranking changes the order of the cached lists, so it moves the revision too.
  if (outcome !== 'unchanged' || reranked) await catalogChanged(conn);
  if (outcome !== 'unchanged' && options.actor) {
    await recordAudit(conn, {
      actor: options.actor,
      action: 'catalog.item.put',
      target: code,
      requestId: options.requestId,
    });
  }
  return { outcome, guide: toItemGuide(stored) };
}
