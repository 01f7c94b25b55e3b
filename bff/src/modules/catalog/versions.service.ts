import { type Connection, type Model } from 'mongoose';
import { type ChainVersionView, type ItemVersionView, type VersionList } from '@onetrip/shared';
import { CatalogErrors } from './catalog.errors';
import { chainVersionModel } from './chain-version.model';
import { storedEditor } from './editor';
import { guideChanges } from './guide-changes';
import { itemVersionModel } from './item-version.model';
import { type HistoryRecord } from './versioned-write';

type StoredVersion = HistoryRecord<Record<string, unknown>>;

/** An item's or a chain's history, and what "not found" means for it. */
interface History {
  model: Model<StoredVersion>;
  notFound: () => Error;
  versionNotFound: () => Error;
}

const items = (conn: Connection): History => ({
  model: itemVersionModel(conn) as unknown as Model<StoredVersion>,
  notFound: CatalogErrors.itemNotFound,
  versionNotFound: CatalogErrors.itemVersionNotFound,
});

const chains = (conn: Connection): History => ({
  model: chainVersionModel(conn) as unknown as Model<StoredVersion>,
  notFound: CatalogErrors.chainNotFound,
  versionNotFound: CatalogErrors.chainVersionNotFound,
});

/**
 * Every version of `code`, newest first, with who published it (null for
 * records from before that was kept) and what changed from the version
 * before (guide-changes.ts). NOT_FOUND when it has none (never published).
 */
async function listVersions(history: History, code: string): Promise<VersionList> {
  // A few dozen versions of one guide at most: read whole and ordered here (FerretDB sorts no faster).
  const records = await history.model.find({ code }).lean<StoredVersion[]>();
  if (!records.length) throw history.notFound();
  records.sort((a, b) => a.version - b.version);
  const entries = records.map((record, i) => ({
    version: record.version,
    at: record.at.toISOString(),
    by: storedEditor(record.by),
    changes: guideChanges(records[i - 1]?.guide ?? null, record.guide),
  }));
  return { items: entries.reverse() };
}

async function oneVersion(history: History, code: string, version: number) {
  const record = await history.model.findOne({ code, version }).lean<StoredVersion>();
  if (!record) {
    if (!(await history.model.exists({ code }))) throw history.notFound();
    throw history.versionNotFound();
  }
  return { version: record.version, at: record.at.toISOString(), by: storedEditor(record.by), guide: record.guide };
}

/** GET /admin/items/:code/versions */
export const listItemVersions = (conn: Connection, code: string) => listVersions(items(conn), code);

/** GET /admin/chains/:code/versions */
export const listChainVersions = (conn: Connection, code: string) => listVersions(chains(conn), code);

/** GET /admin/items/:code/versions/:version: the guide as published then; NOT_FOUND for an unknown item or version. */
export const getItemVersion = async (conn: Connection, code: string, version: number) =>
  (await oneVersion(items(conn), code, version)) as ItemVersionView;

/** GET /admin/chains/:code/versions/:version: the chain's input as published then; NOT_FOUND likewise. */
export const getChainVersion = async (conn: Connection, code: string, version: number) =>
  (await oneVersion(chains(conn), code, version)) as ChainVersionView;
