import { type Connection } from 'mongoose';
import { type AdminChainList, type AdminItemList, type AdminItemListQuery, type ChainListQuery } from '@onetrip/shared';
import { chainModel, type ChainDoc } from './chain.model';
import { storedEditor } from './editor';
import { itemDraftModel, type ItemDraftDoc } from './item-draft.model';
import { itemModel } from './item.model';
import { searchKeys, searchMatcher, type Searchable } from './search';

type Row = AdminItemList['items'][number] & Searchable;

interface StoredItem {
  code: string;
  name: string;
  department: string;
  version: number;
  updatedAt: Date;
  pinyin: string;
  pinyinInitials: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const textOr = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback);

function pageOf<T>(entries: T[], query: { page: number; pageSize: number }): T[] {
  const start = (query.page - 1) * query.pageSize;
  return entries.slice(start, start + query.pageSize);
}

/**
 * GET /admin/items: every published item and every item that only has a
 * draft (named as its draft names it, or by its code), each with its draft's
 * time and author; `q` as in the public search; by pinyin of the name, then
 * code. Read whole: a county catalog is some hundreds of items, and the
 * console needs the drafts the public index does not hold.
 */
export async function listAdminItems(conn: Connection, query: AdminItemListQuery): Promise<AdminItemList> {
  const [items, drafts] = await Promise.all([
    itemModel(conn).find({}, 'code name department version updatedAt pinyin pinyinInitials').lean<StoredItem[]>(),
    itemDraftModel(conn).find({}).lean<ItemDraftDoc[]>(),
  ]);
  const draftOf = new Map(drafts.map((d) => [d._id, d]));
  const draftView = (d: ItemDraftDoc | undefined) =>
    d ? { savedAt: d.savedAt.toISOString(), by: storedEditor(d.by) ?? { userId: '', name: '' } } : null;
  const rows: Row[] = items.map((item) => ({
    code: item.code,
    name: item.name,
    department: item.department,
    version: item.version,
    updatedAt: item.updatedAt.toISOString(),
    draft: draftView(draftOf.get(item.code)),
    pinyin: item.pinyin,
    pinyinInitials: item.pinyinInitials,
  }));
  const published = new Set(items.map((i) => i.code));
  for (const draft of drafts.filter((d) => !published.has(d._id))) {
    const name = textOr(draft.guide.name, draft._id);
    rows.push({
      code: draft._id,
      name,
      department: textOr(draft.guide.department, ''),
      version: null,
      updatedAt: null,
      draft: draftView(draft),
      ...searchKeys(name),
    });
  }
  const found = rows.filter(searchMatcher(query.q));
  found.sort((a, b) => byText(a.pinyin, b.pinyin) || byText(a.code, b.code));
  return {
    items: pageOf(found, query).map(({ pinyin: _p, pinyinInitials: _i, ...row }) => row),
    total: found.length,
  };
}

/** GET /admin/chains: every chain with its item codes in order and its version; `q` and order as GET /chains. */
export async function listAdminChains(conn: Connection, query: ChainListQuery): Promise<AdminChainList> {
  const chains = await chainModel(conn)
    .find({}, 'code name leadDepartment items version pinyin pinyinInitials')
    .lean<ChainDoc[]>();
  const found = chains.filter(searchMatcher(query.q));
  found.sort((a, b) => byText(a.pinyin, b.pinyin) || byText(a.code, b.code));
  return {
    items: pageOf(found, query).map((c) => ({
      code: c.code,
      name: c.name,
      leadDepartment: c.leadDepartment,
      items: [...c.items],
      version: c.version,
    })),
    total: found.length,
  };
}
