import { type Connection } from 'mongoose';
import { type UploadRecord } from './uploads.model';

/**
 * Why someone may read another person's upload: as whom (`role`), for which
 * case, from which station (an agent). Reads under a grant are written to the
 * audit log: uploads are ID cards and certificates (unmasked personal data).
 * `audit: false` for the resident reading the files of their own case.
 */
export interface UploadGrant {
  role: string;
  caseId?: string;
  station?: { town: string; village: string };
  audit?: boolean;
}

/**
 * Says whether `userId` may read `upload` although they do not own it (e.g.
 * staff handling a case that uses it): a grant, or `true` (a grant without
 * details, audited as role `other`), or `false`/null. Checks are registered by
 * the modules that know why (cases), so this module does not depend on them.
 */
export type UploadAccessCheck = (
  conn: Connection,
  userId: string,
  upload: UploadRecord,
) => Promise<UploadGrant | boolean | null>;

/**
 * The app's ways to be allowed to read others' uploads (`app.uploadAccess`):
 * one per app, so two apps in one process (tests, two copies) never share checks.
 */
export class UploadAccess {
  private readonly checks: UploadAccessCheck[] = [];

  /** Adds a way to be allowed to read others' uploads. Without any, only the owner may. */
  register(check: UploadAccessCheck): void {
    if (!this.checks.includes(check)) this.checks.push(check);
  }

  /** The owner always (`{role: 'owner', audit: false}`); anyone else only with a registered check's grant; else null. */
  async mayRead(conn: Connection, userId: string, upload: UploadRecord): Promise<UploadGrant | null> {
    if (upload.ownerId.toHexString() === userId) return { role: 'owner', audit: false };
    for (const check of this.checks) {
      const grant = await check(conn, userId, upload);
      if (grant === true) return { role: 'other' };
      if (grant) return grant;
    }
    return null;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    uploadAccess: UploadAccess;
  }
}
