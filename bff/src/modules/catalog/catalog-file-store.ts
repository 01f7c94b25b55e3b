import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type FileCipher, fileCipher } from '../../lib/storage/file-cipher';
import { localDiskStorage } from '../../lib/storage/local-disk';
import { storageKeyOf, type FileStorage } from '../../lib/storage/storage';
import { readStored } from '../uploads';

/** Where catalog files live: the uploads' store and cipher (lib/storage), under keys of their own. */
export interface CatalogFileStore {
  storage: FileStorage;
  cipher: FileCipher;
}

export function catalogFileStore(config: { UPLOAD_DIR: string; DATA_ENCRYPTION_KEY: string }): CatalogFileStore {
  return { storage: localDiskStorage(config.UPLOAD_DIR), cipher: fileCipher(config.DATA_ENCRYPTION_KEY) };
}

export const sha256Of = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * The storage hash of a catalog file, derived from its id — never from its
 * content, which an upload may share: the uploads module removes the file of
 * a content hash once no upload has it, and must not take a guide's sample
 * with it. Public documents are few and small, so storing them once per id costs nothing.
 */
const storageHashOf = (id: string) => sha256Of(`onetrip catalog file\u0000${id}`);

/** The storage key of the file with this id. */
export const storageKeyOfFile = (id: string) => storageKeyOf(storageHashOf(id));

/**
 * Stores `bytes` as the file `id`, encrypted like every stored file. A file
 * already stored under that id is kept (`put`), unless `replace` (the seed
 * re-writing one it could not read back). Returns the storage key.
 */
export async function writeFileBytes(
  store: CatalogFileStore,
  id: string,
  bytes: Buffer,
  opts: { replace?: boolean } = {},
): Promise<string> {
  const temp = await store.storage.tempPath();
  try {
    await pipeline(Readable.from([bytes]), store.cipher.seal(), createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  const hash = storageHashOf(id);
  return opts.replace ? store.storage.replace(temp, hash) : store.storage.put(temp, hash);
}

/** The plaintext of a stored file (at most 5 MiB); throws when it is missing or fails its tags. */
export async function readFileBytes(store: CatalogFileStore, storageKey: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readStored(store.storage, store.cipher, storageKey) as AsyncIterable<Buffer>)
    chunks.push(chunk);
  return Buffer.concat(chunks);
}
