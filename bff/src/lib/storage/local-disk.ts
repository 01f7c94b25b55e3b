import { randomUUID } from 'node:crypto';
import { createReadStream, constants as fsConstants } from 'node:fs';
import { access, chmod, link, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Readable } from 'node:stream';
import { keySegments, storageKeyOf, type FileStorage } from './storage';

const isCode = (err: unknown, code: string) => (err as { code?: unknown } | null)?.code === code;

/**
 * The local-disk store: `<root>/<aa>/<sha256>` for stored files and
 * `<root>/.tmp/` for uploads in progress (same filesystem, so storing is a
 * hard link: atomic, and it fails rather than overwrite an existing file).
 * `root` must be absolute and outside any folder served over HTTP.
 */
export function localDiskStorage(root: string): FileStorage {
  if (!path.isAbsolute(root)) throw new Error('UPLOAD_DIR must be an absolute path');
  const tmpDir = path.join(root, '.tmp');
  const pathOf = (key: string) => path.join(root, ...keySegments(key));

  return {
    async tempPath() {
      await mkdir(tmpDir, { recursive: true, mode: 0o700 });
      return path.join(tmpDir, `${randomUUID()}.part`);
    },

    async put(tempPath, sha256) {
      const key = storageKeyOf(sha256);
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      try {
        await chmod(tempPath, 0o400);
        await link(tempPath, target);
      } catch (err) {
        // The same content is stored already: keep that file (content-addressed, so it is identical).
        if (!isCode(err, 'EEXIST')) throw err;
      } finally {
        await unlink(tempPath).catch(() => undefined);
      }
      return key;
    },

    async replace(tempPath, sha256) {
      const key = storageKeyOf(sha256);
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      try {
        await chmod(tempPath, 0o400);
        await rename(tempPath, target);
      } finally {
        await unlink(tempPath).catch(() => undefined);
      }
      return key;
    },

    createReadStream(key): Readable {
      return createReadStream(pathOf(key));
    },

    async remove(key) {
      await unlink(pathOf(key)).catch((err: unknown) => {
        if (!isCode(err, 'ENOENT')) throw err;
      });
    },

    async removeStaleTemp(olderThanMs, now = new Date()) {
      const names = await readdir(tmpDir).catch(() => [] as string[]);
      let removed = 0;
      for (const name of names) {
        if (!name.endsWith('.part')) continue;
        const file = path.join(tmpDir, name);
        const info = await stat(file).catch(() => null);
        if (!info || now.getTime() - info.mtimeMs <= olderThanMs) continue;
        // Another copy's sweep may have removed it first: that is fine.
        if (
          await unlink(file).then(
            () => true,
            () => false,
          )
        )
          removed += 1;
      }
      return removed;
    },

    async exists(key) {
      return access(pathOf(key), fsConstants.R_OK).then(
        () => true,
        () => false,
      );
    },
  };
}
