import { type Connection } from 'mongoose';
import { TIMING, tryWithLease, withLease } from '../../lib/store';

/**
 * Storing or removing the file of one hash, together with the documents that
 * point to it, is serialised: otherwise a delete could remove the file that an
 * upload of the same content has just reused.
 */
export const fileLease = <T>(conn: Connection, sha256: string, fn: () => Promise<T>) =>
  withLease(conn, `upload-file:${sha256}`, fn, TIMING.file);

/**
 * Attaching one upload to a case and removing it are serialised on the upload:
 * FerretDB's update and delete filters are no compare-and-set, so a delete
 * guarded by `usedBy: []` alone could remove an upload a case attached meanwhile.
 */
export const uploadLease = <T>(conn: Connection, uploadId: string, fn: () => Promise<T>) =>
  withLease(conn, `upload:${uploadId}`, fn, TIMING.write);

/** The same, giving null instead of waiting when someone else holds it (the sweep tries again next pass). */
export const tryUploadLease = <T>(conn: Connection, uploadId: string, fn: () => Promise<T>) =>
  tryWithLease(conn, `upload:${uploadId}`, fn, { waitMs: 0, ttlMs: TIMING.write.ttlMs });
