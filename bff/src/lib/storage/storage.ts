import { type Readable } from 'node:stream';

/**
 * Where uploaded bytes live. Files are content-addressed: the key is derived
 * from the SHA-256 of the bytes (`<sha256[0:2]>/<sha256>`), so identical
 * content is stored once and a key can never name a path chosen by a user.
 *
 * FerretDB has no GridFS, hence this interface. The default is the local disk
 * (local-disk.ts), in a folder that nothing serves statically. In production
 * an S3-compatible object store (MinIO, COS, OSS…) implements the same four
 * calls: `put` = PutObject of the temp file with `If-None-Match: *` (written
 * once; a 412 means the object exists already) and then removing the temp
 * file, `createReadStream` = GetObject's body, `remove` = DeleteObject,
 * `exists` = HeadObject. The bucket stays private; files are only ever
 * served through GET /uploads/:id, which checks who is asking.
 */
export interface FileStorage {
  /** A fresh path to spool incoming bytes to (on the same filesystem as the store, so `put` can link it). */
  tempPath(): Promise<string>;
  /**
   * Stores the finished temp file under its SHA-256 and removes the temp file.
   * An existing file with that key is kept as it is (never overwritten).
   * Returns the storage key.
   */
  put(tempPath: string, sha256: string): Promise<string>;
  /**
   * Like `put`, but replaces a file already stored under that key (atomic: a
   * reader sees the old file or the new one). Only for re-writing a file in
   * another format (files stored before encryption at rest), under the hash's lease.
   */
  replace(tempPath: string, sha256: string): Promise<string>;
  /** The stored bytes; a missing file makes the stream emit an error. */
  createReadStream(key: string): Readable;
  /** Removes a stored file; a missing one is not an error. */
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /**
   * Removes temp files older than `olderThanMs` (left by a copy that died mid-upload; an upload in progress
   * is minutes old at most). Returns how many it removed.
   */
  removeStaleTemp(olderThanMs: number, now?: Date): Promise<number>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const KEY = /^([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** `<sha256[0:2]>/<sha256>`; refuses anything that is not a lowercase hex SHA-256. */
export function storageKeyOf(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error('not a SHA-256 hex digest');
  return `${sha256.slice(0, 2)}/${sha256}`;
}

/** The two path segments of a well-formed key, or an error (a tampered record must not reach the filesystem). */
export function keySegments(key: string): [string, string] {
  const m = KEY.exec(key);
  if (!m?.[1] || !m[2] || !m[2].startsWith(m[1])) throw new Error('malformed storage key');
  return [m[1], m[2]];
}
