import { type Readable } from 'node:stream';
import { type FileCipher, isSealedHead, SEALED_MAGIC } from '../../lib/storage/file-cipher';
import { type FileStorage } from '../../lib/storage/storage';

/**
 * The plaintext of a stored file, decrypted as it streams (a file stored
 * before encryption at rest passes through). A missing file, a wrong tag or a
 * cut-off file errors the returned stream; closing it closes the file.
 */
export function readStored(storage: FileStorage, cipher: FileCipher, key: string): Readable {
  const source = storage.createReadStream(key);
  const plain = cipher.open();
  source.on('error', (err) => plain.destroy(err));
  plain.on('close', () => source.destroy());
  return source.pipe(plain);
}

/** True when a file is stored under `key` in plaintext (from before encryption at rest). */
export async function isStoredInPlain(storage: FileStorage, key: string): Promise<boolean> {
  if (!(await storage.exists(key))) return false;
  const source = storage.createReadStream(key);
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      head = Buffer.concat([head, chunk]);
      if (head.length >= SEALED_MAGIC.length) break;
    }
  } catch {
    return false;
  } finally {
    source.destroy();
  }
  return !isSealedHead(head);
}
