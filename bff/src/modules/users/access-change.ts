import { type Connection } from 'mongoose';
import { bumpTokens } from '../../lib/change-tokens';

/**
 * The change token of what a user may do: their roles and their sessions. Every copy of the BFF
 * caches a session's liveness and the user's roles under it (auth's session check), so a role
 * change (here) or a session's end (auth) bumps it and every copy sees the change on the next request.
 */
export const accessChangeKey = (userId: string): string => `user-access:${userId}`;

/** Call after the change is written (a reader may cache what it read under the old token only). */
export async function bumpAccess(conn: Connection, userId: string): Promise<void> {
  await bumpTokens(conn, [accessChangeKey(userId)]);
}
