import { type FastifyBaseLogger } from 'fastify';
import mongoose, { Types, type Connection } from 'mongoose';
import { catalogFileRefs, type CatalogEditor, type CatalogFileView, type ItemInput } from '@onetrip/shared';
import { recordAudit, type AuditInput } from '../audit';
import { sanitiseUploadName } from '../uploads';
import { CatalogErrors } from './catalog.errors';
import { checkCatalogFile } from './catalog-file-check';
import { catalogFileModel, type CatalogFileDoc } from './catalog-file.model';
import { readFileBytes, sha256Of, writeFileBytes, type CatalogFileStore } from './catalog-file-store';
import { type ReceivedCatalogFile } from './catalog-file-receive';

/** The public address of a catalog file. */
export const catalogFileUrl = (publicApiUrl: string, id: string) =>
  `${publicApiUrl.replace(/\/+$/, '')}/api/v1/catalog-files/${id}`;

export function toCatalogFileView(doc: CatalogFileDoc, publicApiUrl: string): CatalogFileView {
  return {
    id: doc._id,
    name: doc.name,
    contentType: doc.contentType,
    size: doc.size,
    url: catalogFileUrl(publicApiUrl, doc._id),
  };
}

export interface CatalogFileWriter {
  actor: AuditInput['actor'];
  by: CatalogEditor;
  requestId?: string;
}

/**
 * POST /admin/catalog-files: checks the file (checkCatalogFile: 413, 415,
 * 400), stores it under a new id and records it, audited as
 * `catalog.file.upload`. Nothing is recorded for a refused file.
 */
export async function createCatalogFile(
  conn: Connection,
  store: CatalogFileStore,
  file: ReceivedCatalogFile,
  writer: CatalogFileWriter,
): Promise<CatalogFileDoc> {
  const checked = checkCatalogFile(file.bytes);
  const id = new Types.ObjectId().toHexString();
  const storageKey = await writeFileBytes(store, id, file.bytes);
  const [doc] = await catalogFileModel(conn).create([
    {
      _id: id,
      name: sanitiseUploadName(file.filename, checked.contentType),
      ...checked,
      size: file.bytes.length,
      sha256: sha256Of(file.bytes),
      storageKey,
      by: writer.by,
    },
  ]);
  await recordAudit(conn, {
    actor: writer.actor,
    action: 'catalog.file.upload',
    target: id,
    requestId: writer.requestId,
  });
  return (doc as NonNullable<typeof doc>).toObject() as CatalogFileDoc;
}

/** The record of a catalog file; NOT_FOUND when there is none. */
export async function findCatalogFile(conn: Connection, id: string): Promise<CatalogFileDoc> {
  const doc = await catalogFileModel(conn).findById(id).lean<CatalogFileDoc>();
  if (!doc) throw CatalogErrors.fileNotFound();
  return doc;
}

/**
 * The bytes of a catalog file, checked against their hash before anything is
 * sent. A missing or damaged file is NOT_FOUND for the caller and an error in
 * the log for operators (`catalog-file-integrity`).
 */
export async function readCatalogFile(
  store: CatalogFileStore,
  doc: CatalogFileDoc,
  log: FastifyBaseLogger,
): Promise<Buffer> {
  const bytes = await readFileBytes(store, doc.storageKey).catch(() => null);
  if (!bytes || sha256Of(bytes) !== doc.sha256) {
    log.error(
      { action: 'catalog-file-integrity', fileId: doc._id, storageKey: doc.storageKey },
      'catalog file damaged',
    );
    throw CatalogErrors.fileNotFound();
  }
  return bytes;
}

/** The references of a guide to catalog files that do not exist (with their paths); empty when all do. */
export async function missingFileRefs(
  conn: Connection,
  guide: Pick<ItemInput, 'materials' | 'resultSample'>,
): Promise<{ path: string; id: string }[]> {
  const refs = catalogFileRefs(guide);
  if (!refs.length) return [];
  const ids = [...new Set(refs.map((r) => r.id))];
  const found = await catalogFileModel(conn)
    .find({ _id: mongoose.trusted({ $in: ids }) }, { _id: 1 })
    .lean<{ _id: string }[]>();
  const known = new Set(found.map((f) => f._id));
  return refs.filter((r) => !known.has(r.id));
}
