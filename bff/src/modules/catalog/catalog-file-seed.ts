import mongoose, { type Connection } from 'mongoose';
import { insertUnique, isDuplicateKey } from '../../lib/store';
import { checkCatalogFile } from './catalog-file-check';
import { catalogFileModel } from './catalog-file.model';
import { readFileBytes, sha256Of, storageKeyOfFile, writeFileBytes, type CatalogFileStore } from './catalog-file-store';

/** A catalog file the demo seed provides: a fixed id (derived from what it shows) and how to make its bytes. */
export interface SeedCatalogFile {
  id: string;
  name: string;
  render: () => Promise<Buffer>;
}

/** The bytes already stored under the file's id (an earlier run's, on this or another database), if readable. */
async function storedBytes(store: CatalogFileStore, id: string): Promise<{ bytes: Buffer | null; exists: boolean }> {
  const key = storageKeyOfFile(id);
  if (!(await store.storage.exists(key))) return { bytes: null, exists: false };
  // Sealed under another data key (another stack sharing the folder): made again and replaced.
  return { bytes: await readFileBytes(store, key).catch(() => null), exists: true };
}

/**
 * Registers the seed's catalog files that this database does not have yet
 * and returns how many it recorded. A file's id names its content, so bytes
 * stored by an earlier run are reused rather than drawn again (drawing a
 * Chinese PDF costs tens of milliseconds; a fresh test database per file
 * would pay it each time). Files obey the same rules as an admin's upload
 * (checkCatalogFile throws otherwise). Concurrent seeds are harmless: the
 * same id gives the same bytes, and the record is inserted once.
 */
export async function ensureCatalogFiles(
  conn: Connection,
  store: CatalogFileStore,
  files: readonly SeedCatalogFile[],
): Promise<number> {
  const model = catalogFileModel(conn);
  const present = await model
    .find({ _id: mongoose.trusted({ $in: files.map((f) => f.id) }) }, { _id: 1 })
    .lean<{ _id: string }[]>();
  const known = new Set(present.map((p) => p._id));
  const missing = files.filter((f) => !known.has(f.id));
  // Reading stored files back is I/O (in parallel); drawing is CPU (one at a time, after).
  const stored = await Promise.all(missing.map((file) => storedBytes(store, file.id)));
  const records = [];
  for (const [i, file] of missing.entries()) {
    let bytes = stored[i]?.bytes ?? null;
    if (!bytes) {
      bytes = await file.render();
      await writeFileBytes(store, file.id, bytes, { replace: stored[i]?.exists ?? false });
    }
    const checked = checkCatalogFile(bytes);
    const sha256 = sha256Of(bytes);
    records.push({ _id: file.id, name: file.name, ...checked, size: bytes.length, sha256, by: null });
  }
  return insertRecords(
    model,
    records.map((r) => ({ ...r, storageKey: storageKeyOfFile(r._id) })),
  );
}

/** Inserts the records in one round trip; one by one (first writer wins) when another seed got some in first. */
async function insertRecords(model: ReturnType<typeof catalogFileModel>, records: Record<string, unknown>[]) {
  if (!records.length) return 0;
  try {
    await model.insertMany(records);
    return records.length;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const inserted = await Promise.all(records.map((record) => insertUnique(model, record)));
    return inserted.filter(Boolean).length;
  }
}
