import { type Connection } from 'mongoose';
import { type UploadRecord } from './uploads.model';

/**
 * Says whether `userId` may read `upload` although they do not own it (e.g.
 * staff handling a case that uses it). Checks are registered by the modules
 * that know why (cases), so this module does not depend on them.
 */
export type UploadAccessCheck = (conn: Connection, userId: string, upload: UploadRecord) => Promise<boolean>;

const checks: UploadAccessCheck[] = [];

/** Adds a way to be allowed to read others' uploads. Without any, only the owner may. */
export function registerUploadAccess(check: UploadAccessCheck): void {
  if (!checks.includes(check)) checks.push(check);
}

/** The owner always; anyone else only when a registered check says yes. */
export async function mayReadUpload(conn: Connection, userId: string, upload: UploadRecord): Promise<boolean> {
  if (upload.ownerId.toHexString() === userId) return true;
  for (const check of checks) {
    if (await check(conn, userId, upload)) return true;
  }
  return false;
}
