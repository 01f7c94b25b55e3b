import mongoose, { type Connection, type Model } from 'mongoose';
import { type ItemGuide, type ItemInput, type ItemList, type ItemListQuery } from '@onetrip/shared';
import { recordAudit } from '../audit/audit.service';
import { CatalogErrors } from './catalog.errors';
import { itemModel, type ItemDoc } from './item.model';
import { itemVersionModel, type ItemVersionDoc } from './item-version.model';
import { toItemGuide, toItemSummary } from './item.mappers';
import { searchFilter, searchKeys } from './search';
import { cachedCatalog, catalogChanged } from './catalog-cache';
import { contentHash, putVersioned, type PutOutcome, type VersionedStore } from './versioned-write';
import { type WriteContext } from './write-context';

type StoredItem = ItemDoc & { updatedAt: Date };

const listFilter = (query: ItemListQuery) => ({
  ...searchFilter(query.q),
  ...(query.department ? { department: query.department } : {}),
  ...(query.trips !== undefined ? { trips: query.trips } : {}),
});

/**
 * GET /items: popular first, then by pinyin of the name. Always succeeds
 * (an empty page past the end).
 */
export async function listItems(conn: Connection, query: ItemListQuery): Promise<ItemList> {
  return cachedCatalog(conn, `items:${JSON.stringify(query)}`, () => loadItems(conn, query));
}

async function loadItems(conn: Connection, query: ItemListQuery): Promise<ItemList> {
  const Item = itemModel(conn);
  const [docs, total] = await Promise.all([
    Item.find(listFilter(query))
      .sort({ popularity: -1, pinyin: 1, code: 1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<ItemDoc[]>(),
    Item.countDocuments(listFilter(query)),
  ]);
  return { items: docs.map(toItemSummary), total };
}

/**
 * The guide of an item: the current one, or the given version (for a case
 * started under it). NOT_FOUND when the item or that version does not exist.
 */
export async function getItemGuide(conn: Connection, code: string, version?: number): Promise<ItemGuide> {
  return cachedCatalog(conn, `item:${code}@${version ?? 'current'}`, () => loadItemGuide(conn, code, version));
}

async function loadItemGuide(conn: Connection, code: string, version?: number): Promise<ItemGuide> {
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

/** How an item guide is stored: the guide, its search keys and its content hash. */
function itemStore(conn: Connection): VersionedStore<ItemDoc, ItemInput> {
  return {
    model: itemModel(conn) as unknown as Model<ItemDoc>,
    history: itemVersionModel(conn),
    toContent: (guide) => ({ ...guide, ...searchKeys(guide.name), contentHash: contentHash(guide) }),
  };
}

export interface PutItemOptions extends WriteContext {
  /** ranking in lists; kept as it is when not given */
  popularity?: number;
}

/**
 * PUT /admin/items/:code (and the demo seed): creates or replaces the guide.
 * Outcomes: `created` (version 1), `replaced` (version + 1), `unchanged` (same
 * guide: no new version, no audit). Each new version is appended to
 * item_versions and audited as `catalog.item.put` when an actor is given.
 * VERSION_CONFLICT when If-Match is stale or another writer claimed the
 * version first (see putVersioned).
 */
export async function putItem(
  conn: Connection,
  code: string,
  input: ItemInput,
  options: PutItemOptions = {},
): Promise<{ outcome: PutOutcome; guide: ItemGuide }> {
  const { outcome, doc } = await putVersioned(itemStore(conn), code, input, options.ifMatch);
  const stored = doc as StoredItem;
  if (options.popularity !== undefined && options.popularity !== stored.popularity) {
    // Ranking is not part of the guide: no new version, no new updatedAt.
    await itemModel(conn).updateOne({ code }, { $set: { popularity: options.popularity } }, { timestamps: false });
  }
  if (outcome !== 'unchanged') await catalogChanged(conn);
  if (outcome !== 'unchanged' && options.actor) {
    await recordAudit(conn, { actor: options.actor, action: 'catalog.item.put', target: code, requestId: options.requestId });
  }
  return { outcome, guide: toItemGuide(stored) };
}
