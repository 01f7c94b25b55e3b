import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import mongoose, { type Connection } from 'mongoose';
import { type FileCipher } from '../../lib/storage/file-cipher';
import { storageKeyOf, type FileStorage } from '../../lib/storage/storage';
import { fileLease } from './upload-leases';
import { isStoredInPlain } from './stored-file';
import { uploadModel } from './uploads.model';

/** How many not-yet-checked uploads one housekeeping pass looks at (the next pass goes on). */
const SEAL_BATCH = 200;

/** Encrypts one stored plaintext file in place (a new sealed file renamed over it). */
async function sealStored(storage: FileStorage, cipher: FileCipher, sha256: string): Promise<void> {
  const temp = await storage.tempPath();
  try {
    await pipeline(
      storage.createReadStream(storageKeyOf(sha256)),
      cipher.seal(),
      createWriteStream(temp, { flags: 'wx', mode: 0o600 }),
    );
    await storage.replace(temp, sha256);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * For housekeeping: files stored before encryption at rest are encrypted, a
 * batch per pass. Uploads stored since carry `sealed: true`; the others are
 * checked by their file's first bytes (readers tell the formats apart the same
 * way, so a file is readable before, during and after this). Runs under the
 * hash's lease, as storing and removing do. Returns how many files it encrypted.
 */
export async function sealPlainUploads(conn: Connection, storage: FileStorage, cipher: FileCipher): Promise<number> {
  const Uploads = uploadModel(conn);
  const todo = await Uploads.find({ sealed: mongoose.trusted({ $ne: true }) }, { sha256: 1 })
    .limit(SEAL_BATCH)
    .lean();
  let sealed = 0;
  let firstError: unknown = null;
  for (const sha256 of new Set(todo.map((u) => u.sha256))) {
    try {
      await fileLease(conn, sha256, async () => {
        if (await isStoredInPlain(storage, storageKeyOf(sha256))) {
          await sealStored(storage, cipher, sha256);
          sealed += 1;
        }
        await Uploads.updateMany({ sha256 }, { $set: { sealed: true } });
      });
    } catch (err) {
      // One unreadable file must not keep the others plain: go on, then report it (the pass logs it).
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
  return sealed;
}
