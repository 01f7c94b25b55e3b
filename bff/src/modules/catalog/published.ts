import { type Connection } from 'mongoose';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { type z } from 'zod';
import { ChainGuide, ChainList, ItemGuide, ItemList, type ChainListQuery, type ItemListQuery } from '@onetrip/shared';
import { sharedCatalogEntryNowOrLater } from './catalog-cache';
import { listChains, loadChainGuide } from './chain.service';
import { listItems, loadItemGuide } from './item.service';

/**
 * A public catalog answer as it goes on the wire: JSON produced once per
 * catalog revision and sent as it is to every request after.
 */
export interface PublishedAnswer {
  json: string;
  /** the validator of a guide (built from versions); lists have none */
  etag?: string;
}

export interface PublishedGuide extends PublishedAnswer {
  etag: string;
}

/**
 * The serialiser the route would run on every request (zod encodes the value
 * through the response schema, then JSON.stringify), run once per cache entry:
 * the schema stays the allowlist, so a stored field outside the contract never
 * reaches the answer. A value the schema refuses throws, as it would in the
 * route (answered 500, not cached).
 */
function serialiserOf(schema: z.ZodType, url: string): (value: unknown) => string {
  return serializerCompiler({ schema, method: 'GET', url });
}

const itemGuideJson = serialiserOf(ItemGuide, '/items/:code');
const itemListJson = serialiserOf(ItemList, '/items');
const chainGuideJson = serialiserOf(ChainGuide, '/chains/:code');
const chainListJson = serialiserOf(ChainList, '/chains');

/** GET /items/:code (NOT_FOUND as getItemGuide). */
export function publishedItemGuide(conn: Connection, code: string): PublishedGuide | Promise<PublishedGuide> {
  return sharedCatalogEntryNowOrLater(conn, `answer:item:${code}`, async () => {
    const guide = await loadItemGuide(conn, code);
    return { json: itemGuideJson(guide), etag: `"item-${guide.code}-${guide.version}"` };
  });
}

/** GET /chains/:code (NOT_FOUND as getChainGuide). */
export function publishedChainGuide(conn: Connection, code: string): PublishedGuide | Promise<PublishedGuide> {
  return sharedCatalogEntryNowOrLater(conn, `answer:chain:${code}`, async () => {
    const { guide, etag } = await loadChainGuide(conn, code);
    return { json: chainGuideJson(guide), etag };
  });
}

/** GET /items, one entry per distinct (validated) query. */
export function publishedItemList(conn: Connection, query: ItemListQuery): PublishedAnswer | Promise<PublishedAnswer> {
  return sharedCatalogEntryNowOrLater(conn, `answer:items:${JSON.stringify(query)}`, async () => ({
    json: itemListJson(await listItems(conn, query)),
  }));
}

/** GET /chains, one entry per distinct (validated) query. */
export function publishedChainList(
  conn: Connection,
  query: ChainListQuery,
): PublishedAnswer | Promise<PublishedAnswer> {
  return sharedCatalogEntryNowOrLater(conn, `answer:chains:${JSON.stringify(query)}`, async () => ({
    json: chainListJson(await listChains(conn, query)),
  }));
}
