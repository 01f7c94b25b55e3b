import { type Connection, type Model } from 'mongoose';
import {
  chainMergeConflicts,
  mergeFields,
  mergeMaterials,
  type ChainGuide,
  type ChainInput,
  type ChainList,
  type ChainListQuery,
} from '@onetrip/shared';
import { recordAudit } from '../audit';
import { CatalogErrors } from './catalog.errors';
import { chainModel, type ChainDoc } from './chain.model';
import { chainVersionModel } from './chain-version.model';
import { guideOf, toItemSummary } from './item.mappers';
import { findItems } from './item.service';
import { searchKeys } from './search';
import { cachedCatalog, catalogChanged } from './catalog-cache';
import { catalogIndex, searchChains } from './catalog-index';
import { contentHash, putVersioned, type PutOutcome, type VersionedStore } from './versioned-write';
import { type WriteContext } from './write-context';

/** How a chain is stored: its input, search keys and content hash. */
function chainStore(conn: Connection): VersionedStore<ChainDoc, ChainInput> {
  return {
    model: chainModel(conn) as unknown as Model<ChainDoc>,
    history: chainVersionModel(conn),
    // null, not absent: a replace must clear a description the new input leaves out.
    toContent: (chain) => ({
      ...chain,
      description: chain.description ?? null,
      ...searchKeys(chain.name),
      contentHash: contentHash(chain),
    }),
  };
}

/** A chain guide and its cache validator (the chain's version and each item's). */
export interface ChainView {
  guide: ChainGuide;
  etag: string;
}

/** GET /chains: by pinyin of the name; `q` as for items. Always succeeds. Answered from the catalog index in memory. */
export async function listChains(conn: Connection, query: ChainListQuery): Promise<ChainList> {
  return searchChains(await catalogIndex(conn), query);
}

/**
 * GET /chains/:code: items in order; materials merged by code (each with the
 * items needing it), fields merged by key, promisedDays and trips the largest
 * of the items. NOT_FOUND for an unknown chain.
 */
export async function getChainGuide(conn: Connection, code: string): Promise<ChainView> {
  return cachedCatalog(conn, `chain:${code}`, () => loadChainGuide(conn, code));
}

/** The chain guide as stored now, read from the database; errors as getChainGuide. */
export async function loadChainGuide(conn: Connection, code: string): Promise<ChainView> {
  const chain = await chainModel(conn).findOne({ code }).lean<ChainDoc>();
  if (!chain) throw CatalogErrors.chainNotFound();
  const items = await findItems(conn, chain.items);
  const guides = items.map((doc) => ({ code: doc.code, ...guideOf(doc) }));
  const guide: ChainGuide = {
    code: chain.code,
    name: chain.name,
    leadDepartment: chain.leadDepartment,
    ...(chain.description ? { description: chain.description } : {}),
    items: items.map(toItemSummary),
    materials: mergeMaterials(guides),
    form: { fields: mergeFields(guides.map((g) => g.form.fields)) },
    promisedDays: Math.max(0, ...guides.map((g) => g.promisedDays)),
    trips: guides.some((g) => g.trips === 1) ? 1 : 0,
    version: chain.version,
  };
  return { guide, etag: `"chain-${chain.code}-${chain.version}-${items.map((i) => i.version).join('.')}"` };
}

/**
 * PUT /admin/chains/:code (and the demo seed). Outcomes as for items:
 * `created`, `replaced`, `unchanged`; audited as `catalog.chain.put` when
 * something changed and an actor is given. VALIDATION_FAILED listing every
 * unknown item code, or every field/material the items cannot share;
 * VERSION_CONFLICT when If-Match is stale or another write won the race.
 */
export async function putChain(
  conn: Connection,
  code: string,
  input: ChainInput,
  context: WriteContext = {},
): Promise<{ outcome: PutOutcome; guide: ChainGuide }> {
  const items = await findItems(conn, input.items);
  const known = new Set(items.map((i) => i.code));
  const unknown = input.items.filter((c) => !known.has(c));
  if (unknown.length) throw CatalogErrors.unknownChainItems(unknown);
  const conflicts = chainMergeConflicts(items.map((doc) => ({ code: doc.code, ...guideOf(doc) })));
  if (conflicts.length)
    throw CatalogErrors.chainConflicts(conflicts.map((message) => ({ in: 'body', path: 'items', message })));

  const { outcome } = await putVersioned(chainStore(conn), code, input, context);
  if (outcome !== 'unchanged') await catalogChanged(conn);
  if (outcome !== 'unchanged' && context.actor) {
    await recordAudit(conn, {
      actor: context.actor,
      action: 'catalog.chain.put',
      target: code,
      requestId: context.requestId,
    });
  }
  return { outcome, guide: (await getChainGuide(conn, code)).guide };
}
