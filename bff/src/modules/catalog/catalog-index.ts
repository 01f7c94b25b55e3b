import { type Connection } from 'mongoose';
import {
  type ChainList,
  type ChainListQuery,
  type ItemList,
  type ItemListQuery,
  type ItemSummary,
} from '@onetrip/shared';
import { sharedCatalogEntry } from './catalog-cache';
import { chainModel, type ChainDoc } from './chain.model';
import { toItemSummary } from './item.mappers';
import { itemModel, type ItemDoc } from './item.model';
import { searchMatcher, type Searchable } from './search';

type ChainSummary = ChainList['items'][number];

interface IndexedItem extends Searchable {
  department: string;
  trips: number;
  summary: ItemSummary;
}

interface IndexedChain extends Searchable {
  summary: ChainSummary;
}

/**
 * What the catalog lists are searched in: every item's summary and every
 * chain's, with their search keys, loaded once per catalog revision. A
 * county's catalog is some hundreds of items, so lists and searches (pinyin
 * included) are answered from memory without a database read.
 */
export interface CatalogIndex {
  /** popular first, then by pinyin of the name, then by code: the order of GET /items */
  items: readonly IndexedItem[];
  /** by pinyin of the name, then by code: the order of GET /chains */
  chains: readonly IndexedChain[];
}

/** The fields the index needs; the guides themselves are loaded one by one when asked for. */
const ITEM_FIELDS = 'code name department trips promisedDays fee delivery popularity pinyin pinyinInitials';
const CHAIN_FIELDS = 'code name leadDepartment items pinyin pinyinInitials';

/** Strings compared as the database orders them (by code unit; keys and codes are ASCII). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Index entries are shared by every request: frozen, so no caller can change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function loadIndex(conn: Connection): Promise<CatalogIndex> {
  const [itemDocs, chainDocs] = await Promise.all([
    itemModel(conn).find({}, ITEM_FIELDS).lean<(ItemDoc & { popularity: number })[]>(),
    chainModel(conn).find({}, CHAIN_FIELDS).lean<ChainDoc[]>(),
  ]);
  itemDocs.sort((a, b) => b.popularity - a.popularity || byText(a.pinyin, b.pinyin) || byText(a.code, b.code));
  chainDocs.sort((a, b) => byText(a.pinyin, b.pinyin) || byText(a.code, b.code));
  const names = new Map(itemDocs.map((doc) => [doc.code, doc.name]));
  const items = itemDocs.map(
    (doc): IndexedItem => ({
      code: doc.code,
      name: doc.name,
      pinyin: doc.pinyin,
      pinyinInitials: doc.pinyinInitials,
      department: doc.department,
      trips: doc.trips,
      summary: toItemSummary(doc),
    }),
  );
  const chains = chainDocs.map(
    (doc): IndexedChain => ({
      code: doc.code,
      name: doc.name,
      pinyin: doc.pinyin,
      pinyinInitials: doc.pinyinInitials,
      summary: {
        code: doc.code,
        name: doc.name,
        leadDepartment: doc.leadDepartment,
        itemNames: doc.items.flatMap((code) => names.get(code) ?? []),
      },
    }),
  );
  return deepFreeze({ items, chains });
}

/** The index of the current catalog revision. */
export function catalogIndex(conn: Connection): Promise<CatalogIndex> {
  return sharedCatalogEntry(conn, 'index', () => loadIndex(conn));
}

function pageOf<T>(entries: T[], query: { page: number; pageSize: number }): T[] {
  const start = (query.page - 1) * query.pageSize;
  return entries.slice(start, start + query.pageSize);
}

/** GET /items from the index: search, department and trips filters, one page and the total. */
export function searchItems(index: CatalogIndex, query: ItemListQuery): ItemList {
  const matches = searchMatcher(query.q);
  const found = index.items.filter(
    (item) =>
      matches(item) &&
      (!query.department || item.department === query.department) &&
      (query.trips === undefined || item.trips === query.trips),
  );
  return { items: pageOf(found, query).map((item) => item.summary), total: found.length };
}

/** GET /chains from the index: search, one page and the total. */
export function searchChains(index: CatalogIndex, query: ChainListQuery): ChainList {
  const found = index.chains.filter(searchMatcher(query.q));
  return { items: pageOf(found, query).map((chain) => chain.summary), total: found.length };
}
